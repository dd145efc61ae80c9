// The five seeds against their hand-checked gold (fixtures/seeds-gold, copied from shared/eval/gold).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { ParsedDocument } from '../src/schema.js';
import { emptyTally, scoreDocument, type Gold } from './helpers/gold-score.js';

const goldDir = new URL('../fixtures/seeds-gold/', import.meta.url);
const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), 'utf8')) as Gold);

function parseSeed(name: string) {
  return parseDocument(readFileSync(new URL(`../seeds/${name}`, import.meta.url)), { path: `seeds/${name}` });
}

describe('seeds against the gold', () => {
  const tally = emptyTally();
  for (const gold of golds) scoreDocument(gold, parseSeed(gold.doc), tally);

  it('has all five seeds', () => {
    expect(golds.length).toBe(5);
  });

  it('finds at least 99% of the gold indicators', () => {
    expect(tally.matched / tally.gold, tally.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('outputs at most 3% spurious indicators', () => {
    expect(tally.matched / tally.output, tally.wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('gets at least 97% of the fields right', () => {
    expect(tally.fieldsOk / tally.fields, tally.wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('gets every document fact right', () => {
    expect(tally.wrong.filter((w) => w.includes('fact'))).toEqual([]);
    expect(tally.metaOk).toBe(tally.meta);
  });

  it.each(golds.map((g) => g.doc))('%s is schema-valid and deterministic', (name) => {
    const a = parseSeed(name);
    expect(ParsedDocument.safeParse(a).success).toBe(true);
    expect(JSON.stringify(parseSeed(name))).toBe(JSON.stringify(a));
  });
});
