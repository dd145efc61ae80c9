// The contract's Quantity is a union discriminated by `op`: checking `op` tells TypeScript which numbers are there.
//   q.op === 'gte' → q.value: number;  q.op === 'range' → q.min, q.max: number, q.value: undefined
// The type assertions are checked by `npm run typecheck` (an unused @ts-expect-error is an error there too).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { normalizeQuantity, Quantity, QuantityPart, type NumberOp } from '../src/index.js';

describe('Quantity narrows by op', () => {
  it('a number op: value is a number', () => {
    const q = normalizeQuantity('≥1500家次');
    if (q.op !== 'gte') throw new Error(`expected gte, got ${q.op}`);
    expectTypeOf(q.value).toEqualTypeOf<number>();
    expectTypeOf(q.min).toEqualTypeOf<undefined>();
    expect(q.value + 1).toBe(1501);
  });

  it('every number op narrows alike', () => {
    const q: Quantity = normalizeQuantity('约2.8万座');
    if (q.op === 'range' || q.op === 'text') throw new Error(`expected a number op, got ${q.op}`);
    expectTypeOf(q.op).toEqualTypeOf<NumberOp>();
    expectTypeOf(q.value).toEqualTypeOf<number>();
    expect(q).toMatchObject({ op: 'approx', value: 28000, unit: '座' });
  });

  it('range: min and max are numbers, value is undefined', () => {
    const q = normalizeQuantity('2-3家');
    if (q.op !== 'range') throw new Error(`expected range, got ${q.op}`);
    expectTypeOf(q.min).toEqualTypeOf<number>();
    expectTypeOf(q.max).toEqualTypeOf<number>();
    expectTypeOf(q.value).toEqualTypeOf<undefined>();
    // @ts-expect-error a range states no single number
    const value: number = q.value;
    expect([q.max - q.min, value]).toEqual([1, undefined]);
  });

  it('text: neither value nor bounds', () => {
    const q = normalizeQuantity('与上年度持平');
    if (q.op !== 'text') throw new Error(`expected text, got ${q.op}`);
    expectTypeOf(q.value).toEqualTypeOf<undefined>();
    expectTypeOf(q.min).toEqualTypeOf<undefined>();
    expect(q).toEqual({ raw: '与上年度持平', op: 'text', unit: null });
  });

  it('without narrowing, value may be absent and cannot be used as a number', () => {
    const q: Quantity = normalizeQuantity('2-3家');
    expectTypeOf(q.value).toEqualTypeOf<number | undefined>();
    // @ts-expect-error value is undefined for range and text until op is checked
    const doubled: number = q.value * 2;
    expect(doubled).toBeNaN();
    expect('value' in q).toBe(false);
  });

  it('the parts of a compound cell narrow the same way', () => {
    const q = normalizeQuantity('持续播放5周，≥20次/日');
    const second = q.parts?.[1];
    expectTypeOf(second).toEqualTypeOf<QuantityPart | undefined>();
    if (second?.op !== 'gte') throw new Error(`expected gte, got ${second?.op}`);
    expectTypeOf(second.value).toEqualTypeOf<number>();
    expect(second.value).toBe(20);
  });
});

describe('Quantity rejects what its op does not carry', () => {
  it.each([
    ['a range with a value', { raw: '2-3家', op: 'range', value: 2, min: 2, max: 3, unit: '家' }],
    ['a range without max', { raw: '2-3家', op: 'range', min: 2, unit: '家' }],
    ['a number without its value', { raw: '≥5', op: 'gte', unit: null }],
    ['a number with bounds', { raw: '≥5', op: 'gte', value: 5, min: 5, unit: null }],
    ['text with a value', { raw: '持平', op: 'text', value: 0, unit: null }],
    ['an unknown op', { raw: '5', op: 'about', value: 5, unit: null }],
  ])('%s', (_name, q) => {
    expect(Quantity.safeParse(q).success).toBe(false);
  });

  it.each([
    ['a number', { raw: '≥5', op: 'gte', value: 5, unit: null }],
    ['a range', { raw: '2-3家', op: 'range', min: 2, max: 3, unit: '家' }],
    ['text', { raw: '持平', op: 'text', unit: null, hedge: '力争' }],
  ])('accepts %s', (_name, q) => {
    expect(Quantity.safeParse(q).success).toBe(true);
  });

  it('rejects them at compile time too', () => {
    // @ts-expect-error a range has min and max, not value
    const range: Quantity = { raw: '2-3家', op: 'range', value: 2, unit: '家' };
    // @ts-expect-error gte needs its value
    const floor: Quantity = { raw: '≥5', op: 'gte', unit: null };
    expect(Quantity.safeParse(range).success || Quantity.safeParse(floor).success).toBe(false);
  });
});
