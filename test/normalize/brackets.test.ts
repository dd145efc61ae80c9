// A bracketed number is a minus only in money printed in an accounting format; elsewhere it is read as written.
//   '(12.50)' in a 万元 column → eq −125000 元;  '（2）' → text, not −2 (a bracketed number alone is a list marker)
import { describe, expect, it } from 'vitest';
import { normalizeQuantity } from '../../src/index.js';
import { parseShape, shapeOf, type Row } from './case.js';

const ROWS: readonly Row[] = [
  ['an outline number is not negative', '（2）', 'text'],
  ['ASCII brackets without money are not negative', '(2)', 'text'],
  ['cents without money are not negative', '(12.50)', 'text'],
  ['a count column is not money', '(12.50)', 'text', { unit: '个' }],
  ['Excel accounting negative in a 万元 column', '(12.50)', 'eq -125000 元', { unit: '万元' }],
  ['Excel accounting negative, integer, in a 元 column', '(3)', 'eq -3 元', { unit: '元' }],
  ['money named by the indicator', '(12.50)', 'eq -125000 元', { name: '“三公”经费较上年增减（万元）' }],
  ['money named by the target', '(90)', 'eq -900000 元', { target: '≤90万元' }],
  ['full-width brackets around an amount with cents', '（1,234.56）', 'eq -1234.56 元', { unit: '元' }],
  ['full-width brackets around grouped thousands', '（12,345）', 'eq -123450000 元', { unit: '万元' }],
  ['an outline number in a money column', '（2）', 'text', { unit: '万元' }],
  ['the yuan sign says money', '¥(12.50)', 'eq -12.5 元'],
  ['the yuan sign inside the brackets', '(¥1,234.56)', 'eq -1234.56 元'],
  ['a yuan sign alone', '¥1,234.56', 'eq 1234.56 元'],
];

describe('bracketed numbers', () => {
  for (const [name, raw, spec, context] of ROWS) {
    it(`${name}: ${raw}`, () => {
      const q = normalizeQuantity(raw, context);
      expect(q.raw).toBe(raw);
      expect(shapeOf(q)).toEqual(parseShape(spec));
    });
  }
});
