// End to end: a form saved as .docx and as .doc by an office suite gives the indicators and budget of its text copy,
// each indicator with the table and row it was read from.
//   parse(museum.doc) → [{ document: { form: 'doc' }, indicators: [全年接待观众人次 ≥40万人次 …] }] = parseDocument(input.txt)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from '../../src/parse.js';
import type { ParsedDocument } from '../../src/schema.js';
import { ParsedDocument as Schema } from '../../src/schema.js';

const DIR = new URL('../fixtures-forms/word/', import.meta.url).pathname;
const TEXT = new URL('../../fixtures/project-target-museum/input.txt', import.meta.url).pathname;

const essence = (d: ParsedDocument) => ({
  title: d.document.title,
  kind: d.document.kind,
  year: d.document.year,
  indicators: d.indicators.map((i) => [i.name, i.category, i.target, i.achieved, i.score]),
  budget: d.budget.map((b) => [b.item, b.column, b.amount]),
  errors: d.diagnostics.filter((x) => x.severity !== 'info').map((x) => x.code),
});

describe.each(['docx', 'doc'] as const)('a form as .%s', (form) => {
  it('reads as its text copy does', async () => {
    const text = parseDocument(readFileSync(TEXT), { path: 'input.txt' });
    const [doc] = await parse(readFileSync(`${DIR}museum.${form}`), { path: `museum.${form}` });
    expect(Schema.safeParse(doc).success).toBe(true);
    expect(doc!.document.form).toBe(form);
    expect(text.indicators).toHaveLength(10);
    expect(essence(doc!)).toEqual(essence(text));
  });

  it('says where each indicator was read', async () => {
    const [doc] = await parse(readFileSync(`${DIR}museum.${form}`), { path: `museum.${form}` });
    expect(doc!.indicators.map((i) => i.where)).toEqual(Array.from({ length: 10 }, (_, k) => ({ table: 1, row: 8 + k })));
  });
});
