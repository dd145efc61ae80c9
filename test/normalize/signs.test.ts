// Issue 14, numbers right: signs written 负 or - in every position, negative ranges, ±N, ranges written high to low,
// and numbers a double cannot hold exactly (reported, never passed off as exact).
import { describe, expect, it } from 'vitest';
import { normalizeQuantity, parseDocument } from '../../src/index.js';
import { quantityCaveats } from '../../src/normalize/caveats.js';

describe('signs', () => {
  it.each([
    ['负3%', { op: 'eq', value: -3, unit: '%' }],
    ['≥负5%', { op: 'gte', value: -5, unit: '%' }],
    ['≥-5%', { op: 'gte', value: -5, unit: '%' }],
    ['≤负2%', { op: 'lte', value: -2, unit: '%' }],
    ['负1.2万元', { op: 'eq', value: -12000, unit: '元' }],
    ['－1.2万元', { op: 'eq', value: -12000, unit: '元' }],
    ['−0.5个百分点', { op: 'eq', value: -0.5, unit: 'pp' }],
    ['同比负3%', { op: 'eq', value: -3, unit: '%' }],
  ])('%s', (raw, expected) => {
    expect(normalizeQuantity(raw)).toEqual({ raw, ...expected });
  });

  it.each([['负责3个项目', 3], ['负担率3%', 3]])('负 in a word is no sign: %s', (raw, value) => {
    expect(normalizeQuantity(raw).value).toBe(value);
  });
});

describe('negative ranges', () => {
  it.each([
    ['-3~-1', -3, -1, null],
    ['-3至-1', -3, -1, null],
    ['负3至负1', -3, -1, null],
    ['-5%~5%', -5, 5, '%'],
    ['负2~3万元', -20000, 30000, '元'],
    ['≥-5%且≤-1%', -5, -1, '%'],
  ])('%s → range %d … %d', (raw, min, max, unit) => {
    expect(normalizeQuantity(raw)).toEqual({ raw, op: 'range', min, max, unit });
  });
});

describe('± (decided: a span around zero, or around the number before it)', () => {
  it.each([
    ['±5%', -5, 5, '%'],
    ['±5%以内', -5, 5, '%'],
    ['偏差率±5%', -5, 5, '%'],
    ['±0.5万元', -5000, 5000, '元'],
    ['100±5', 95, 105, null],
    ['8±2天', 6, 10, '天'],
    ['3.5±0.5万元', 30000, 40000, '元'],
    ['0.3±0.1', 0.2, 0.4, null],
    ['-5±1', -6, -4, null],
  ])('%s → range %d … %d', (raw, min, max, unit) => {
    expect(normalizeQuantity(raw)).toEqual({ raw, op: 'range', min, max, unit });
  });
});

describe('a range written high to low', () => {
  it('keeps min ≤ max and says it was written the other way', () => {
    expect(normalizeQuantity('5-3')).toEqual({ raw: '5-3', op: 'range', min: 3, max: 5, unit: null });
    expect(quantityCaveats('5-3家')).toEqual(['Range written high to low (5-3家); read as 3 to 5']);
    expect(quantityCaveats('3-5家')).toEqual([]);
  });
});

describe('numbers beyond what a double holds (decided: value is the nearest double, raw keeps the digits, a diagnostic says so)', () => {
  it.each([
    ['9007199254740993', '9007199254740993'],
    ['12345678901234567890元', '12345678901234567890'],
    ['0.12345678901234567891', '0.12345678901234567891'],
  ])('%s is reported', (raw, digits) => {
    expect(normalizeQuantity(raw).raw).toBe(raw);
    expect(quantityCaveats(raw)).toEqual([expect.stringContaining(`Number ${digits} has more digits than a JSON number keeps exactly`)]);
  });

  it.each([['9007199254740992'], ['90000000000000000000'], ['6,117.99亿元'], ['123456789012345'], ['1.5']])('%s prints exactly: no caveat', (raw) => {
    expect(quantityCaveats(raw)).toEqual([]);
  });

  it('reaches the parsed document as an info diagnostic at the indicator line', () => {
    const doc = parseDocument('项目绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t资金规模\t9007199254740993元\n产出指标\t数量指标\t人数\t5-3人\n');
    const notes = doc.diagnostics.filter((d) => d.code === 'number-caveat').map((d) => [d.line, d.text]);
    expect(notes).toEqual([[3, '9007199254740993元'], [4, '5-3人']]);
  });
});

describe('a lost character beside a digit', () => {
  it.each([['≥6\uFFFD00家'], ['\uFFFD5家'], ['1.\uFFFD5']])('%s is text, not a guess', (raw) => {
    expect(normalizeQuantity(raw)).toEqual({ raw, op: 'text', unit: null });
  });

  it('away from the number, the number is whole', () => {
    expect(normalizeQuantity('≥30家\uFFFD')).toMatchObject({ op: 'gte', value: 30, unit: '家' });
  });
});
