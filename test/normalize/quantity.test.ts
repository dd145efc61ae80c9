// normalizeQuantity over the case tables: every row is a cell text and the Q it must give.
//   '≥1500家次' → { op: 'gte', value: 1500, unit: '家次' }
import { describe, expect, it } from 'vitest';
import { normalizeQuantity } from '../../src/index.js';
import { Quantity } from '../../src/schema.js';
import { coreOf, parseShape, shapeOf, type Row } from './case.js';
import { CONTEXT_CASES, RAW_CASES } from './cases-context.js';
import { COMPOUND_CASES, NUMBER_CASES, RANGE_AND_DATE_CASES, TEXT_CASES } from './cases-forms.js';
import { OPERATOR_CASES, UNIT_CASES } from './cases.js';
import { GOLD_CASES } from './gold-cases.js';

const TABLES: Record<string, readonly Row[]> = {
  'units (SPEC §4 unit table)': UNIT_CASES,
  'operators, hedges and verbs (SPEC §4 operator table)': OPERATOR_CASES,
  'numbers and numerals': NUMBER_CASES,
  'ranges and date spans': RANGE_AND_DATE_CASES,
  'compound cells': COMPOUND_CASES,
  'text': TEXT_CASES,
  'context': CONTEXT_CASES,
};

for (const [title, rows] of Object.entries(TABLES)) {
  describe(title, () => {
    const cases = rows.map(([name, raw, spec, context]) => ({ name, raw, spec, context }));
    it.each(cases)('$name: $raw → $spec', ({ raw, spec, context }) => {
      const q = normalizeQuantity(raw, context);
      expect(Quantity.safeParse(q).success).toBe(true);
      expect(shapeOf(q)).toStrictEqual(parseShape(spec));
    });
  });
}

describe('gold value strings', () => {
  const rows = GOLD_CASES.map((c) => [`${c.doc} ${c.column}${c.note ? ` (${c.note})` : ''}`, c] as const);
  it.each(rows)('%s: %s', (_name, c) => {
    const q = normalizeQuantity(c.raw, c.context);
    expect(coreOf(q)).toStrictEqual(c.expect);
  });
});

describe('raw', () => {
  it.each(RAW_CASES)('%s: %j → %j', (_name, input, raw) => {
    expect(normalizeQuantity(input).raw).toBe(raw);
  });
});

describe('output', () => {
  it('orders keys raw, op, value, unit, hedge, parts', () => {
    expect(Object.keys(normalizeQuantity('预计 14.7%'))).toEqual(['raw', 'op', 'value', 'unit', 'hedge']);
    expect(Object.keys(normalizeQuantity('2-3家'))).toEqual(['raw', 'op', 'min', 'max', 'unit']);
    expect(Object.keys(normalizeQuantity('持续播放5周，≥20次/日'))).toEqual(['raw', 'op', 'value', 'unit', 'parts']);
    expect(Object.keys(normalizeQuantity('合规'))).toEqual(['raw', 'op', 'unit']);
  });

  it('never sets an optional key to undefined', () => {
    for (const raw of ['≥5家', '2-3家', '合规', '预计 5%', '5周，3次']) {
      const q = normalizeQuantity(raw);
      for (const [key, value] of Object.entries(q)) expect([key, value]).not.toEqual([key, undefined]);
    }
  });

  it('gives each part its own raw span and the first part the top-level value', () => {
    const q = normalizeQuantity('持续播放5周，≥20次/日');
    expect(q.parts).toStrictEqual([
      { raw: '5周', op: 'eq', value: 5, unit: '周' },
      { raw: '≥20次/日', op: 'gte', value: 20, unit: '次/日' },
    ]);
    const money = normalizeQuantity('1,030 亿元,高于全省平均水平 0.3 个百分点');
    expect(money.parts?.[1]).toStrictEqual({ raw: '0.3 个百分点', op: 'eq', value: 0.3, unit: 'pp' });
  });

  it('returns text for input that is not a string, without throwing', () => {
    expect(normalizeQuantity(undefined as unknown as string)).toStrictEqual({ raw: '', op: 'text', unit: null });
    expect(normalizeQuantity(12 as unknown as string)).toStrictEqual({ raw: '12', op: 'eq', value: 12, unit: null });
    const hostile = { toString: () => { throw new Error('no'); } } as unknown as string;
    expect(normalizeQuantity(hostile)).toStrictEqual({ raw: '', op: 'text', unit: null });
  });

  it('counts its cases: at least 250', () => {
    const total = Object.values(TABLES).reduce((n, rows) => n + rows.length, 0) + GOLD_CASES.length + RAW_CASES.length;
    expect(total).toBeGreaterThanOrEqual(250);
  });
});
