// Every entry of the rule tables, run through normalizeQuantity: a table row that the code ignores fails here.
//   MONEY_UNITS 亿元 → '7亿元' is eq 700000000 元;  OPERATORS 不少于 (prefix) → '不少于7家' is gte
import { describe, expect, it } from 'vitest';
import { normalizeQuantity } from '../../src/index.js';
import {
  CN_DIGITS, HEDGES, NOT_NUMERALS, OPERATORS, RANGE_SEPARATORS, SCALE, VERBS,
} from '../../src/normalize/tables.js';
import {
  DATE_WORDS, LATIN_UNITS, MEASURE_WORDS, MONEY_UNITS, PERCENT_WORDS, PP_WORDS, YEAR_WORDS,
} from '../../src/normalize/units.js';

const exact = (digits: bigint, exp: number): number => Number(`${digits}e${exp}`);

describe('MONEY_UNITS → 元, scaled exactly', () => {
  it.each(Object.entries(MONEY_UNITS))('%s ×10^%i', (word, exp) => {
    expect(normalizeQuantity(`7.25${word}`)).toMatchObject({ op: 'eq', value: exact(725n, exp - 2), unit: '元' });
  });
});

describe('PERCENT_WORDS → %, PP_WORDS → pp, value as written', () => {
  it.each(PERCENT_WORDS)('%s', (word) => {
    expect(normalizeQuantity(`2.6${word}`)).toMatchObject({ op: 'eq', value: 2.6, unit: '%' });
  });
  it.each(PP_WORDS)('%s', (word) => {
    expect(normalizeQuantity(`0.3${word}`)).toMatchObject({ op: 'eq', value: 0.3, unit: 'pp' });
  });
});

describe('MEASURE_WORDS kept as written', () => {
  it.each(MEASURE_WORDS)('%s', (word) => {
    expect(normalizeQuantity(`12${word}`)).toMatchObject({ op: 'eq', value: 12, unit: word });
  });
  it.each(MEASURE_WORDS)('万%s is multiplied out', (word) => {
    expect(normalizeQuantity(`1.5万${word}`)).toMatchObject({ op: 'eq', value: 15000, unit: word });
  });
});

describe('LATIN_UNITS', () => {
  it.each(Object.entries(LATIN_UNITS))('%s', (word, unit) => {
    expect(normalizeQuantity(`12${word}`)).toMatchObject({ op: 'eq', value: 12, unit });
  });
});

describe('YEAR_WORDS and DATE_WORDS make dates, not quantities', () => {
  it.each(YEAR_WORDS)('2022%s', (word) => {
    expect(normalizeQuantity(`2022${word}`).op).toBe('text');
  });
  it.each(DATE_WORDS)('12%s', (word) => {
    expect(normalizeQuantity(`12${word}`).op).toBe('text');
  });
});

describe('OPERATORS in their position', () => {
  const cell = (word: string, position: string): string =>
    position === 'prefix' ? `${word}7家` : position === 'suffix' ? `7家${word}` : `7${word}家`;
  it.each(OPERATORS.map((r) => [r.word, r.position, r.op] as const))('%s (%s) → %s', (word, position, op) => {
    expect(normalizeQuantity(cell(word, position))).toMatchObject({ op, value: 7, unit: '家' });
  });
});

describe('HEDGES kept, VERBS ignored', () => {
  it.each(HEDGES)('%s', (word) => {
    expect(normalizeQuantity(`${word}不少于7家`)).toStrictEqual({ raw: `${word}不少于7家`, op: 'gte', value: 7, unit: '家', hedge: word });
  });
  it.each(VERBS)('%s', (word) => {
    expect(normalizeQuantity(`${word}7家`)).toStrictEqual({ raw: `${word}7家`, op: 'eq', value: 7, unit: '家' });
  });
});

describe('numerals', () => {
  it.each(Object.entries(CN_DIGITS))('digit %s = %i', (ch, value) => {
    expect(normalizeQuantity(`${ch}个`)).toMatchObject({ op: 'eq', value, unit: '个' });
  });
  it.each(Object.entries(SCALE))('scale %s = 10^%i', (ch, exp) => {
    expect(normalizeQuantity(`7${ch}个`)).toMatchObject({ op: 'eq', value: exact(7n, exp), unit: '个' });
  });
  it.each(NOT_NUMERALS)('%s is a word, not a number', (word) => {
    expect(normalizeQuantity(word).op).toBe('text');
  });
});

describe('RANGE_SEPARATORS', () => {
  it.each(RANGE_SEPARATORS)('3%s5家', (sep) => {
    expect(normalizeQuantity(`3${sep}5家`)).toStrictEqual({ raw: `3${sep}5家`, op: 'range', min: 3, max: 5, unit: '家' });
  });
});
