// Every document of the repository that reads as markdown gives, through remark, the output the text path gives:
// seeds, held-out sets and fixtures. Only document.form ('markdown') and `where` (table, row) are new.
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
const markdown = files.filter((f) => textForm(decodeBytes(readFileSync(new URL(f, root))).text, f) === 'markdown');

// Named differences, each a fix: remark strips the bold marks of `| **合计** | … | **98.49** |`, so that row's total is
// read too, and the document's total (the same 98.49) is placed on it rather than on the sentence that states it.
const FIXED: Readonly<Record<string, (doc: ParsedDocument) => ParsedDocument>> = {
  'eval/heldout6/60_xizang-county-health-dept-evaluation-boldheader.txt': (doc) => ({ ...doc, scores: doc.scores && { ...doc.scores, line: 39 } }),
};

/** The output without what only a model carries. */
function plain(doc: ParsedDocument): unknown {
  return JSON.parse(JSON.stringify({ ...doc, document: { ...doc.document, form: null } }, (key, value: unknown) => (key === 'where' ? undefined : value)));
}

describe('markdown through remark gives the text path output', () => {
  it('finds the markdown documents among the seeds and held-out sets', () => {
    expect(markdown).toContain('seeds/001_98a5634400e74046.txt');
    expect(markdown.length).toBeGreaterThanOrEqual(20);
  });

  it.each(markdown)('%s', async (file) => {
    const bytes = readFileSync(new URL(file, root));
    const [doc] = await parse(bytes, { path: file });
    expect(doc!.document.form).toBe('markdown');
    const text = parseDocument(bytes, { path: file });
    expect(plain(doc!)).toEqual(plain(FIXED[file]?.(text) ?? text));
  });
});
