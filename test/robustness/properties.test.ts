// Issue 5, property tests: random mutations of the seeds — characters inserted, deleted or replaced
// (tabs, line ends, '<', '&', full-width digits…), rows shuffled or duplicated, cells split or merged,
// the encoding changed — never make parseDocument throw, and always give schema-valid, repeatable output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { ParsedDocument } from '../../src/schema.js';
import { ENCODERS, SEEDS, toFullWidth } from './helpers.js';

type Mutation = (text: string) => string;

const PIECES = ['\t', '\n', '\r\n', '\r', '<', '>', '&', '&#99999999;', '<p>', '</p>', '<p', '１', '０', '９', '％', '，', '．', '≥', '≤', '%', '万', '亿', '元', '、', '：', '。', '|', '#', ' ', '\u3000', '\u00A0', '\u200B', '1', '0', '.', ',', '-', '（', '）', '分', '指标', '得分', '☑'];
// Any printable text too, but no control characters: those make a file binary, which is a separate, tested path.
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s)));
const at = (text: string, n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
const lines = (text: string): string[] => text.split('\n');

const insert = fc.tuple(fc.nat(), piece).map(([n, p]): Mutation => (t) => t.slice(0, at(t, n)) + p + t.slice(at(t, n)));
const remove = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([n, k]): Mutation => (t) => t.slice(0, at(t, n)) + t.slice(at(t, n) + k));
const replace = fc.tuple(fc.nat(), piece).map(([n, p]): Mutation => (t) => t.slice(0, at(t, n)) + p + t.slice(at(t, n) + 1));
const swapRows = fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (t) => {
  const rows = lines(t);
  const [i, j] = [a % rows.length, b % rows.length];
  [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  return rows.join('\n');
});
const shuffleRows = fc.nat().map((seed): Mutation => (t) => {
  const rows = lines(t);
  // A seeded Fisher–Yates, so a failing case replays exactly.
  let s = seed;
  for (let i = rows.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows.join('\n');
});
const duplicateRow = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([n, k]): Mutation => (t) => {
  const rows = lines(t);
  const i = n % rows.length;
  rows.splice(i, 0, ...Array<string>(k).fill(rows[i]!));
  return rows.join('\n');
});
const splitCell = fc.tuple(fc.nat(), fc.nat()).map(([r, n]): Mutation => (t) => {
  const rows = lines(t);
  const i = r % rows.length;
  rows[i] = rows[i]!.slice(0, at(rows[i]!, n)) + '\t' + rows[i]!.slice(at(rows[i]!, n));
  return rows.join('\n');
});
const mergeCells = fc.tuple(fc.nat(), fc.nat()).map(([r, n]): Mutation => (t) => {
  const rows = lines(t);
  const i = r % rows.length;
  const tabs = [...rows[i]!.matchAll(/\t/g)].map((m) => m.index);
  const k = tabs[n % Math.max(1, tabs.length)];
  if (k !== undefined) rows[i] = rows[i]!.slice(0, k) + rows[i]!.slice(k + 1);
  return rows.join('\n');
});
const wholeText = fc.constantFrom<Mutation>(toFullWidth, (t) => t.replaceAll('\n', '\r\n'), (t) => t.replaceAll('\t', '  '));

const mutation = fc.oneof(insert, remove, replace, swapRows, shuffleRows, duplicateRow, splitCell, mergeCells, wholeText);
const SAVERS: ReadonlyArray<(t: string) => Uint8Array> = [(t) => Buffer.from(t, 'utf8'), ...ENCODERS.map(([, encode]) => encode)];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
    save: fc.constantFrom(...SAVERS),
  })
  // A cut inside a surrogate pair leaves half a character no file can hold: saved as U+FFFD, as Buffer.from does for UTF-8.
  .map(({ seed, mutations, save }) => save(mutations.reduce((text, m) => m(text), seed.text).replace(LONE_SURROGATE, '\uFFFD')));

describe('mutated seeds', () => {
  it('never throw, are schema-valid, and parse to the same JSON twice', () => {
    fc.assert(
      fc.property(mutatedSeed, (bytes) => {
        const first = parseDocument(bytes, { path: 'mutated.txt' });
        expect(ParsedDocument.safeParse(first).success).toBe(true);
        expect(JSON.stringify(parseDocument(bytes, { path: 'mutated.txt' }))).toBe(JSON.stringify(first));
      }),
      { numRuns: 200 },
    );
  });

  it('heavily mutated (many edits, full-width, shuffled) never throw either', () => {
    const heavy = fc
      .record({ seed: fc.constantFrom(...SEEDS), mutations: fc.array(mutation, { minLength: 20, maxLength: 60 }) })
      .map(({ seed, mutations }) => mutations.reduce((text, m) => m(text), seed.text));
    fc.assert(
      fc.property(heavy, (text) => {
        expect(ParsedDocument.safeParse(parseDocument(text, { path: 'heavy.txt' })).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
