// Terminal table writer and its width helpers: hand-built documents → lines for people.
//   buildDocument() → 'seeds/x.txt  广州市…表  [department-evaluation · 广州市工业和信息化局 · 2020]\n  category  name …'
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { tableWriter } from '../../src/write/table.js';
import { displayWidth, fitWidth, padWidth } from '../../src/extract/width.js';
import { AWKWARD, buildDocument, buildIndicator } from '../helpers/build.js';

const ANSI = /\u001b\[/;

function writeTable(docs: ParsedDocument[], color = false, width?: number): string {
  const writer = tableWriter(color, width);
  return writer.head() + docs.map((doc, i) => writer.before(i) + writer.document(doc)).join('') + writer.tail(docs.length);
}

describe('displayWidth', () => {
  it.each([
    ['ASCII', 'abc', 3],
    ['CJK ideographs', '中文', 4],
    ['full-width digits', '１２３', 6],
    ['mixed', '≥1500家次', 9],
    ['ideographic space', '\u3000', 2],
    ['combining accent', 'e\u0301', 1],
    ['emoji', '👍', 2],
    ['empty', '', 0],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('fitWidth and padWidth', () => {
  it.each([
    ['fits', '运行监测', 8, '运行监测'],
    ['cut wide', '运行监测样本数量', 9, '运行监测…'],
    ['cut on a wide boundary', '运行监测样本数量', 8, '运行监…'],
    ['cut narrow', 'abcdef', 4, 'abc…'],
  ])('%s', (_name, text, width, expected) => {
    expect(fitWidth(text, width)).toBe(expected);
    expect(displayWidth(fitWidth(text, width))).toBeLessThanOrEqual(width);
  });

  it('pads by display width, not string length', () => {
    expect(padWidth('中文', 6)).toBe('中文  ');
    expect(padWidth('toolong', 3)).toBe('toolong');
  });
});

describe('table writer', () => {
  const doc = buildDocument();
  const text = writeTable([doc]);
  const lines = text.split('\n');

  it('heads each document with path, title, kind, department and year', () => {
    const { title, kind, department, year } = doc.document;
    for (const part of [doc.source.path, title ?? '', kind, department ?? '', String(year)]) expect(lines[0]).toContain(part);
  });

  it('aligns the status column of the header and every indicator row', () => {
    const rows = lines.filter((line) => /(status|met|not-met|unknown)$/.test(line));
    const starts = rows.map((line) => displayWidth(line.slice(0, line.search(/(status|met|not-met|unknown)$/))));
    expect(rows).toHaveLength(1 + doc.indicators.length);
    expect(new Set(starts).size).toBe(1);
  });

  it('wraps a long name over several lines within the width, and keeps a multi-line name on one line', () => {
    const narrow = writeTable([doc], false, 80).split('\n');
    expect(narrow.filter((line) => !line.startsWith('seeds/')).every((line) => displayWidth(line) <= 80)).toBe(true);
    expect(narrow.join('')).not.toContain(AWKWARD.long);
    // The name's pieces, one per line, read back in order, give the whole name.
    const pieces = narrow.flatMap((line) => line.split(/\s+/).filter((w) => w.length > 0 && AWKWARD.long.includes(w)));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(AWKWARD.long);
    expect(narrow.some((line) => line.includes('…'))).toBe(false);
    expect(text).toContain('a "quoted", two-line name');
  });

  it('fits the width it is given, and stays readable on a very narrow terminal', () => {
    for (const width of [60, 100, 140]) {
      const body = writeTable([doc], false, width).split('\n').slice(1).filter((l) => !l.includes('diagnostic'));
      expect(Math.max(...body.map(displayWidth))).toBeLessThanOrEqual(Math.max(width, 80));
    }
    expect(writeTable([doc], false, 20)).toContain('举办');
  });

  it('shows each group once, above its indicators', () => {
    expect(lines.filter((line) => line.includes(`▸ ${AWKWARD.group}`))).toHaveLength(1);
  });

  it('lists the errors and warnings with their lines and codes', () => {
    for (const d of doc.diagnostics.filter((x) => x.severity !== 'info')) {
      expect(lines.some((line) => line.includes(`line ${d.line}`) && line.includes(d.code))).toBe(true);
    }
  });

  it('shows budget lines, the score total and grade, and the diagnostics count', () => {
    expect(text).toMatch(/基本支出\s+年初预算数\s+15,230\.73\s+152307300 元\s+7/);
    expect(text).toContain('total 99.96 · grade 优');
    expect(text).toContain('2 diagnostics (1 error)');
  });

  it('says so when a document has no indicators and no scoring', () => {
    const empty = writeTable([buildDocument({ indicators: [], scores: null, diagnostics: [] })]);
    expect(empty).toContain('(no indicators)');
    expect(empty).toContain('score: none');
    expect(empty).toContain('0 diagnostics');
  });

  it('separates documents with one blank line', () => {
    const two = writeTable([doc, buildDocument({ path: 'b.txt' })]);
    expect(two).toContain('\n\nb.txt  ');
    expect(two.endsWith('\n\n')).toBe(false);
  });

  it('speaks Chinese when asked: headers, statuses, score line, diagnostics', () => {
    const zh = tableWriter(false, 100, 'zh').document(doc);
    for (const word of ['指标名称', '完成值', '达成', '评分：总分 99.96 · 等级 优', '2 条诊断（1 个错误）', '含数字的行未读入任何指标']) expect(zh).toContain(word);
    expect(zh).not.toMatch(/\b(?:achieved|diagnostics)\b/);
  });

  it('uses colour only when asked', () => {
    expect(text).not.toMatch(ANSI);
    expect(writeTable([doc], true)).toMatch(ANSI);
  });

  it('never passes escape codes or newlines from the document to the terminal', () => {
    const hostile = buildDocument({ indicators: [buildIndicator({ name: AWKWARD.escape, group: AWKWARD.lineSeparator })] });
    const out = writeTable([hostile]);
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('red [31m text');
  });
});
