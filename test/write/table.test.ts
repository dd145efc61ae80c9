// Terminal table writer and its width helpers: hand-built documents → lines for people.
//   buildDocument() → 'seeds/x.txt  广州市…表  [department-evaluation · 广州市工业和信息化局 · 2020]\n  category  name …'
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { tableWriter } from '../../src/write/table.js';
import { displayWidth, fitWidth, padWidth } from '../../src/extract/width.js';
import { AWKWARD, buildDocument, buildIndicator } from '../helpers/build.js';

const ANSI = /\u001b\[/;

function writeTable(docs: ParsedDocument[], color = false): string {
  const writer = tableWriter(color);
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
    const rows = lines.slice(1, 2 + doc.indicators.length);
    const starts = rows.map((line) => displayWidth(line.slice(0, line.search(/(status|met|not-met|unknown)$/))));
    expect(rows).toHaveLength(5);
    expect(new Set(starts).size).toBe(1);
  });

  it('truncates long cells with … and keeps a multi-line name on one line', () => {
    expect(text).not.toContain(AWKWARD.long);
    expect(text).toMatch(/举办民营经济发展大会\S*…/);
    expect(text).toContain('a "quoted", two-line name');
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
