// Issue 5, encodings and text forms, end to end: a seed saved as UTF-8+BOM, UTF-16 LE/BE or GB18030,
// with CRLF or CR line ends, with full-width digits, or with odd spaces and zero-width characters
// sprinkled in gives the same document as the UTF-8 original.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { ParsedDocument, Quantity } from '../../src/schema.js';
import { content, ENCODERS, foldWidth, parseText, SEEDS, toFullWidth } from './helpers.js';

const original = new Map(SEEDS.map((s) => [s.name, parseDocument(s.bytes, { path: s.name })]));
const base = (name: string): ParsedDocument => original.get(name)!;
const names = SEEDS.map((s) => s.name);
const textOf = (name: string): string => SEEDS.find((s) => s.name === name)!.text;

describe('the seeds in every encoding', () => {
  it('have indicators to compare', () => {
    for (const doc of original.values()) expect(doc.indicators.length).toBeGreaterThan(0);
  });

  const cases = names.flatMap((name) => ENCODERS.map(([encoding, encode]) => ({ name, encoding, encode })));
  it.each(cases)('$name as $encoding', ({ name, encoding, encode }) => {
    const bytes = encode(textOf(name));
    const doc = parseDocument(bytes, { path: name });
    expect(doc.source.encoding).toBe(encoding);
    expect(doc.source.bytes).toBe(bytes.byteLength);
    expect(doc.indicators).toEqual(base(name).indicators);
    expect(doc.budget).toEqual(base(name).budget);
    expect(doc.scores).toEqual(base(name).scores);
    expect(doc.document).toEqual(base(name).document);
    expect(doc.diagnostics).toEqual(base(name).diagnostics);
  });
});

describe('line ends', () => {
  const cases = names.flatMap((name) => [
    { name, ending: 'CRLF', text: textOf(name).replaceAll('\n', '\r\n') },
    { name, ending: 'CR', text: textOf(name).replaceAll('\n', '\r') },
  ]);
  it.each(cases)('$name with $ending gives the same output, line numbers included', ({ name, text, ending }) => {
    expect(text.split(ending === 'CR' ? '\r' : '\r\n').length).toBe(textOf(name).split('\n').length);
    if (ending === 'CR') expect(text).not.toContain('\n');
    expect(content(parseText(text))).toEqual(content(base(name)));
  });
});

/** The output with raw text dropped and widths folded: what full-width digits must not change. */
function comparable(doc: ParsedDocument): unknown {
  return JSON.parse(JSON.stringify(content(doc), (key, value: unknown) => (key === 'raw' ? undefined : typeof value === 'string' ? foldWidth(value) : value)));
}

const numeric = (q: Quantity | null) => q && { op: q.op, value: q.value, min: q.min, max: q.max, unit: q.unit };

describe('full-width digits throughout (years too) and ％', () => {
  it.each(names)('%s', (name) => {
    const wide = toFullWidth(textOf(name));
    expect(wide).not.toMatch(/[0-9%]/);
    const doc = parseText(wide);
    const want = base(name);
    expect(doc.indicators.map((i) => foldWidth(i.name))).toEqual(want.indicators.map((i) => i.name));
    expect(doc.document.year).toBe(want.document.year);
    for (const key of ['target', 'periodTarget', 'achieved'] as const) {
      expect(doc.indicators.map((i) => numeric(i[key]))).toEqual(want.indicators.map((i) => numeric(i[key])));
    }
    expect(doc.budget.map((b) => numeric(b.amount))).toEqual(want.budget.map((b) => numeric(b.amount)));
    expect(doc.scores?.total).toBe(want.scores?.total);
    // Everything else too: categories, scores, status, completion, facts, diagnostics.
    expect(comparable(doc)).toEqual(comparable(want));
  });
});

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

/** Spaces become U+3000 or NBSP, cells are padded with them, and every third character gets a zero-width one. */
function sprinkle(text: string): string {
  let i = 0;
  return [...text]
    .map((ch) => {
      i++;
      if (ch === '\t') return '\u3000\t\u00A0';
      if (ch === ' ') return i % 2 ? '\u3000' : '\u00A0';
      if (ch === '\n' || ch === '\r') return ch;
      return i % 3 === 0 ? ch + INVISIBLE[i % INVISIBLE.length] : ch;
    })
    .join('');
}

describe('U+3000, NBSP and zero-width characters sprinkled in', () => {
  it.each(names)('%s', (name) => {
    const text = sprinkle(textOf(name));
    expect(text.length).toBeGreaterThan(textOf(name).length * 1.3);
    expect(content(parseText(text))).toEqual(content(base(name)));
  });
});
