// Every document of the repository read as markdown (named .md) gives, through remark, the output the text path
// gives: seeds, held-out sets and fixtures. Only document.form ('markdown') and `where` (table, row) are new.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from '../../src/index.js';
import { textForm } from '../../src/read/forms.js';
import { decodeBytes } from '../../src/read/decode.js';
import type { ParsedDocument } from '../../src/schema.js';

const root = new URL('../../', import.meta.url);
const dirs = ['seeds', ...readdirSync(new URL('eval/', root)).filter((d) => d.startsWith('heldout')).map((d) => `eval/${d}`)];
const files = [
  ...dirs.flatMap((d) => readdirSync(new URL(`${d}/`, root)).filter((f) => f.endsWith('.txt')).map((f) => `${d}/${f}`)),
  ...readdirSync(new URL('fixtures/', root))
    .filter((d) => existsSync(new URL(`fixtures/${d}/input.txt`, root)))
    .map((d) => `fixtures/${d}/input.txt`),
];
const texts = files.filter((f) => textForm(decodeBytes(readFileSync(new URL(f, root))).text, f) !== 'html');
const piped = files.filter((f) => textForm(decodeBytes(readFileSync(new URL(f, root))).text, f) === 'markdown');

// Named differences, each a fix: remark strips the bold marks of `| **合计** | … | **98.49** |`, so that row's total is
// read too, and the document's total (the same 98.49) is placed on it rather than on the sentence that states it.
const FIXED: Readonly<Record<string, (doc: ParsedDocument) => ParsedDocument>> = {
  // The bold cells are read: the total's row, and the header a diagnostic names without its ** marks.
  'eval/heldout6/60_xizang-county-health-dept-evaluation-boldheader.txt': (doc) => ({
    ...doc,
    scores: doc.scores && { ...doc.scores, line: 39 },
    diagnostics: doc.diagnostics.map((d) => ({ ...d, message: d.message.replace(/\*\*(.+?)\*\*/g, '$1') })),
  }),
};

/** The output without what only a model carries. */
function plain(doc: ParsedDocument): unknown {
  const same = { ...doc, source: { ...doc.source, path: null }, document: { ...doc.document, form: null } };
  return JSON.parse(JSON.stringify(same, (key, value: unknown) => (key === 'where' ? undefined : value)));
}

describe('every text read as markdown, through remark, gives the text path output', () => {
  it('reads the documents with GFM pipe tables as markdown, and those with only # headings as text', () => {
    expect(piped).toContain('fixtures/markdown-pipe-table/input.txt');
    expect(piped).toContain('eval/heldout6/57_hebei-township-project-selfeval-barepipes.txt');
    expect(piped).not.toContain('seeds/001_98a5634400e74046.txt');
    expect(piped.length).toBeGreaterThanOrEqual(12);
  });

  it.each(texts)('%s', async (file) => {
    const bytes = readFileSync(new URL(file, root));
    const docs = await parse(bytes, { path: `${file}.md` });
    for (const doc of docs) expect(doc.document.form).toBe('markdown');
    // The text path through parse(), which gives a file holding several forms one document per form.
    const text = piped.includes(file) ? [parseDocument(bytes, { path: file })] : await parse(bytes, { path: file });
    expect(docs.map(plain)).toEqual(text.map((t) => plain(FIXED[file]?.(t) ?? t)));
  });
});

// Each run of TAB rows rewritten as a GFM table (its first row the header, a delimiter row below): remark's cells,
// the line reader's cells of the same pipe rows, and the TAB rows themselves must all give the same indicators.
const gfm = (text: string): string => {
  const out: string[] = [];
  let inTable = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const cells = line.includes('\t') ? line.split('\t').map((c) => c.replace(/\|/g, '/').trim()) : null;
    if (cells) out.push(`| ${cells.join(' | ')} |`);
    if (cells && !inTable) out.push(`|${cells.map(() => ' --- |').join('')}`);
    if (!cells) out.push(line);
    inTable = cells !== null;
  }
  return out.join('\n');
};

function indicators(doc: ParsedDocument) {
  return doc.indicators.map((i) => ({ name: i.name, category: i.category, target: i.target?.raw ?? null, achieved: i.achieved?.raw ?? null, score: i.score, line: i.line }));
}

describe('TAB tables rewritten as GFM tables', () => {
  const read = (f: string): string => decodeBytes(readFileSync(new URL(f, root))).text;
  const tabbed = texts.filter((f) => f.startsWith('eval/') && read(f).includes('\t'));

  it('has documents with TAB tables', () => {
    expect(tabbed.length).toBeGreaterThanOrEqual(60);
  });

  it.each(tabbed)('%s', async (file) => {
    const text = gfm(read(file));
    const docs = await parse(text, { path: file });
    for (const doc of docs) expect(doc.document.form).toBe('markdown');
    // A file holding several forms comes as one document per form: together they hold the whole file's indicators.
    expect(docs.flatMap(indicators)).toEqual(indicators(parseDocument(text, { path: file })));
  });
});
