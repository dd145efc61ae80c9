// Hostile input: megabyte cells must stay linear (a quadratic scan of 1 MB takes minutes, not milliseconds).
//   '≥1,1,1,…' (1 MB) → a schema-valid Q in well under a second
import { describe, expect, it } from 'vitest';
import { normalizeQuantity } from '../../src/index.js';
import { Quantity } from '../../src/schema.js';

const MB = 1 << 20;
const HOSTILE: readonly (readonly [string, () => string])[] = [
  ['≥1,1,1,… (1 MB)', () => '≥' + '1,'.repeat(MB / 2)],
  ['50,000 （', () => '（'.repeat(50_000)],
  ['1 MB of digits', () => '1'.repeat(MB)],
  ['1 MB of 十', () => '十'.repeat(MB)],
  ['1 MB of 一万', () => '一万'.repeat(MB / 2)],
  ['1 MB of unclosed tags', () => '<a'.repeat(MB / 2)],
  ['1 MB of entities', () => '&gt;'.repeat(MB / 4)],
  ['1 MB of a-b-a-b', () => '5-'.repeat(MB / 2)],
  ['1 MB of spaces then a scale', () => '1' + ' '.repeat(MB) + '万'],
  ['1 MB of latin and digits', () => 'a1'.repeat(MB / 2)],
  ['1 MB of years', () => '2022年'.repeat(MB / 5)],
  ['1 MB of dotted numbers', () => '1.'.repeat(MB / 2)],
  ['1 MB of thousands groups', () => '1' + ',111'.repeat(MB / 4)],
  ['1 MB of stars', () => '*'.repeat(MB)],
];

describe('hostile input stays linear', () => {
  it.each(HOSTILE)('%s', (_name, make) => {
    const text = make();
    const started = performance.now();
    const q = normalizeQuantity(text, { name: text.slice(0, 4096), target: text, unit: text.slice(0, 64) });
    const elapsed = performance.now() - started;
    expect(Quantity.safeParse(q).success).toBe(true);
    // about 0.3 s worst case on a busy 2-core machine; quadratic would be hours
    expect(elapsed).toBeLessThan(5_000);
  });

  it('caps the parts of a cell with very many quantities', () => {
    const q = normalizeQuantity('≥' + '1,'.repeat(10_000));
    expect(q.parts?.length).toBeLessThanOrEqual(64);
    expect(q).toMatchObject({ op: 'gte', value: 1 });
  });
});
