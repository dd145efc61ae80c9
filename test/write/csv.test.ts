// CSV writer (SPEC §7): hand-built documents → CSV text, parsed back with csv-parse.
//   buildDocument() → '\uFEFFpath,kind,…\r\nseeds/x.txt,department-evaluation,…\r\n'
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { CSV_COLUMNS, csvWriter, guardFormula } from '../../src/write/csv.js';
import { AWKWARD, buildDocument } from '../helpers/build.js';

function writeCsv(docs: ParsedDocument[], bom = true): string {
  const writer = csvWriter(bom);
  return writer.head() + docs.map((doc, i) => writer.before(i) + writer.document(doc)).join('') + writer.tail(docs.length);
}

function records(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}

describe('csv writer', () => {
  const doc = buildDocument();
  const text = writeCsv([doc]);
  const rows = records(text);

  it('starts with a UTF-8 BOM by default and has none with bom false', () => {
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(writeCsv([doc], false).startsWith('path,')).toBe(true);
  });

  it('writes the header row even with no documents and no indicators', () => {
    const expected = CSV_COLUMNS.join(',') + '\r\n';
    expect(writeCsv([], false)).toBe(expected);
    expect(writeCsv([buildDocument({ indicators: [] })], false)).toBe(expected);
  });

  it.each([
    ['a path holding a line feed', 'reports/a\nb.txt'],
    ['a path holding a carriage return', 'reports/a\rb.txt'],
    ['a path holding CR LF', 'reports/a\r\nb.txt'],
  ])('quotes %s (RFC 4180), so the rows stay whole', (_name, path) => {
    const odd = buildDocument({ path });
    const out = writeCsv([odd], false);
    const back = parse(out, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(back).toHaveLength(odd.indicators.length);
    expect(back.every((row) => row.path === path)).toBe(true);
    expect(out).toContain(`"${path}"`);
  });

  it('has the SPEC §7 columns in order', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toHaveLength(32);
    expect(CSV_COLUMNS.at(-1)).toBe('detail');
    expect(CSV_COLUMNS.slice(8, 14)).toEqual(['target_raw', 'target_op', 'target_value', 'target_min', 'target_max', 'target_unit']);
  });

  it('writes one row per indicator, across documents, with the facts repeated', () => {
    const other = buildDocument({ path: 'b.txt', indicators: doc.indicators.slice(0, 2) });
    const both = records(writeCsv([doc, other]));
    expect(both).toHaveLength(doc.indicators.length + 2);
    expect(both.map((r) => r.path)).toEqual([...doc.indicators.map(() => 'seeds/x.txt'), 'b.txt', 'b.txt']);
    expect(new Set(both.map((r) => r.department))).toEqual(new Set(['广州市工业和信息化局']));
  });

  it('ends rows with CRLF and keeps a newline inside a quoted cell as LF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(doc.indicators.length + 2);
    expect(text).toContain('"a ""quoted"", two-line\nname"');
  });

  it('round-trips cells with a comma, a quote and a newline', () => {
    expect(rows[2]?.name).toBe(AWKWARD.quoting);
    expect(rows[0]?.group).toBe(AWKWARD.group);
  });

  it('guards formula-like text and leaves numeric cells as plain numbers', () => {
    expect(rows[1]?.name).toBe(`'${AWKWARD.formula}`);
    expect(rows[3]?.group).toBe("'@group");
    // A signed percentage is a number to a spreadsheet, not a formula: no prefix (issue 15).
    expect(rows[2]?.achieved_raw).toBe('-3%');
    expect(rows[2]?.achieved_value).toBe('-3');
    expect(rows[2]?.completion).toBe('-0.5');
    expect(text).toContain(',-3%,eq,-3,,,%,'); // value unquoted: a spreadsheet reads the number -3
  });

  it('prints big numbers in full and nulls as empty cells', () => {
    expect(rows[2]).toMatchObject({ target_value: '611799000000', target_min: '', target_unit: '元', score_max: '', score_got: '' });
    expect(rows[1]).toMatchObject({ target_op: 'range', target_value: '', target_min: '2', target_max: '3', achieved_raw: '' });
    expect(rows[0]).toMatchObject({ year: '2020', score_max: '20', completion: '1.467', line: '20', status: 'met' });
  });

  it('puts the first category level in category1 and joins deeper ones into category2', () => {
    expect(rows.map((r) => [r.category1, r.category2])).toEqual([
      ['产出指标', '数量指标'],
      ['效益指标', '社会效益指标 / 就业 / 青年'],
      ['', ''],
      ['满意度指标', ''],
    ]);
  });
});

describe('guardFormula', () => {
  it.each([
    ['equals', '=1+1', "'=1+1"],
    ['plus', '+86 20', "'+86 20"],
    ['minus formula', '-2+3+cmd|x', "'-2+3+cmd|x"],
    ['signed percentage', '-3%', '-3%'],
    ['signed number', '+1,200.5', '+1,200.5'],
    ['minus then text', '-3%以内', "'-3%以内"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['after spaces', '  =1+1', "'  =1+1"],
    ['after U+3000', '\u3000=1', "'\u3000=1"],
    ['after a tab', '\t=1', "'\t=1"],
    ['leading tab', '\tx', "'\tx"],
    ['leading CR', '\rx', "'\rx"],
    ['full-width equals', '＝1+1', "'＝1+1"],
    ['sign inside', 'a=b', 'a=b'],
    ['plain Chinese', '≥1500家次', '≥1500家次'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });
});
