// Hostile web pages (issue 11): the reader ends in linear time on each, keeps the table that follows, and says
// what it could not place. Linear is checked by scaling: each 4× step of input may take at most 8× as long.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { DocModel } from '../../src/model.js';
import { htmlReader } from '../../src/read/html-page.js';
import { ParsedDocument } from '../../src/schema.js';
import { fill, superlinearStep } from './helpers.js';

const SIZES = [64 * 1024, 256 * 1024, 1024 * 1024];
const FORM = '<table><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th></tr><tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥150人次</td></tr></table>';
const read = (html: string): DocModel => htmlReader.read(Buffer.from(html, 'utf8'), { path: 'h.html' }) as DocModel;

interface Case {
  name: string;
  make: (size: number) => string;
  note?: string;
  /** The page swallows what follows (an unclosed comment does in a browser too): the form after it is not read. */
  swallows?: true;
}

const HOSTILE: readonly Case[] = [
  { name: 'unclosed <span>', make: (n) => fill('<span>x', n), note: 'html-too-deep' },
  { name: 'nested <div>', make: (n) => `${'<div>'.repeat(n / 11)}深${'</div>'.repeat(n / 11)}`, note: 'html-too-deep' },
  { name: 'unclosed <div>', make: (n) => fill('<div>a', n), note: 'html-too-deep' },
  { name: 'unclosed cells holding unclosed <p><b>', make: (n) => `<table><tr>${fill('<td><p><b>1', n)}</table>` },
  { name: 'stray closing tags under deep nesting', make: (n) => `${fill('<i>', 2000)}${fill('</b>', n)}`, note: 'html-too-deep' },
  { name: '<td> outside any table', make: (n) => fill('<td>7</td>', n), note: 'html-cell-outside-table' },
  { name: 'rows of colspan 100000', make: (n) => `<table>${fill('<tr><td colspan="100000">1</td><td>2</td></tr>', n)}</table>`, note: 'html-span-capped' },
  { name: 'rows of rowspan 65534 and 0', make: (n) => `<table>${fill('<tr><td rowspan="65534">1</td><td rowspan="0">2</td><td>3</td></tr>', n)}</table>` },
  { name: 'a comment left open', make: (n) => fill('<p title="a><!-- b', n), note: 'html-unclosed', swallows: true },
  { name: 'an attribute quote left open', make: (n) => `<p title="${fill('a><td>1', n)}`, note: 'html-unclosed', swallows: true },
  { name: 'a big plain table', make: (n) => `<table>${fill('<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>&ge;150人次</td></tr>\n', n)}</table>` },
];

describe('hostile pages', () => {
  it.each(HOSTILE)('$name: linear, and the form after it is read', async ({ make, note, swallows }) => {
    read(make(SIZES[0]!));
    expect(superlinearStep(make, read, SIZES)).toBeNull();

    const model = read(make(SIZES[2]!));
    if (note) expect(model.notes.map((n) => n.code)).toContain(note);
    const [doc] = await parse(Buffer.from(`${make(SIZES[0]!)}</table>${FORM}`, 'utf8'), { path: 'h.html' });
    expect(ParsedDocument.safeParse(doc).success).toBe(true);
    const form = doc!.indicators.find((i) => i.name === '培训人次');
    if (swallows) expect(doc!.diagnostics.map((d) => d.code)).toContain('html-unclosed');
    else expect(form).toMatchObject({ target: { op: 'gte', value: 150 } });
  });

  it('keeps the grid of a page with a colspan of 100,000 as wide as its cells', () => {
    const model = read(`<table><tr><td colspan=100000>a</td></tr>${fill('<tr><td>1</td><td>2</td></tr>', 64 * 1024)}</table>`);
    const table = model.blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ cols: 2 });
  });

  it('places no cell past column 200, and says what it could not place', () => {
    const model = read(`<table><tr><td colspan=199>a</td><td>b</td><td>lost</td></tr></table>`);
    expect(model.notes.find((n) => n.code === 'html-cell-past-width')?.message).toContain('lost');
  });

  it('reports the first 20 cells it could not place and counts the rest', () => {
    const model = read(fill('<td>7</td>', 10 * 1000));
    const past = model.notes.filter((n) => n.code === 'html-cell-past-width');
    expect(past).toHaveLength(21);
    expect(past.at(-1)!.message).toBe('780 more like the 20 above in this table');
  });
});
