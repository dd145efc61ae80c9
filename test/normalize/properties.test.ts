// Property tests: any string gives a schema-valid Q without throwing; decimal scaling is exact.
//   fc.string() → Quantity.safeParse(normalizeQuantity(s)).success;  '123.4567亿元' → 12345670000 exactly
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuantity } from '../../src/index.js';
import { cleanRaw } from '../../src/normalize/html.js';
import { quantityOf } from '../../src/normalize/quantity.js';
import { OPERATORS } from '../../src/normalize/tables.js';
import { MONEY_UNITS } from '../../src/normalize/units.js';
import { Quantity } from '../../src/schema.js';

/** Pieces of real value cells, so random strings look like what documents hold. */
const TOKENS = [
  '0', '1', '9', '12', '2022', '5,722', '1,1', '.', ',', '3.14', '１', '２３', '，', '．', '％', '＞', '＝', '～', '－', '—',
  '零', '〇', '一', '二', '两', '三', '五', '九', '十', '百', '千', '万', '亿', '壹', '贰', '拾', '佰', '仟', '萬', '億',
  '元', '万元', '亿元', '%', '个百分点', '百分之', '家', '个', '人次', '次/日', '元/人*月', '平方米', '年', '月', '日', '第',
  '≥', '≤', '>', '<', '>=', '＜＝', '≧', '═', '&gt;', '&lt;', '&ge;', '&amp;', '&#x4e00;', '<p>', '</p>', '<br/>', '<',
  '不低于', '不少于', '超', '以上', '以内', '左右', '约', '余', '多', '至', '到', '-', '~', '预计', '力争', '达到', '累计',
  '（', '）', '(', ')', '**', '＊', '；', '。', '、', ':', '：', ' ', '\u3000', '\u00a0', '\n', '\t', 'G', 'km', 'IC',
  '与上年度持平', '十三五', '进一步', '十分', 'e', '-', '+', '\ud800', '\udfff', '😀',
];

const cellText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,，１２３万亿千百十一二两零≥≤<>%％元家个-~至到第年月（）()*&;') }),
  cellText,
);
const context = fc.record(
  { unit: anyText, name: anyText, target: anyText },
  { requiredKeys: [] },
);

describe('normalizeQuantity on arbitrary strings', () => {
  // quantityOf is the normalizer without the catch-all, so a throw fails here instead of turning into text
  it('never throws and always returns a schema-valid Q', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const q = quantityOf(cleanRaw(raw), undefined);
        expect(Quantity.safeParse(q).success).toBe(true);
        expect(normalizeQuantity(raw)).toStrictEqual(q);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws with any context, and stays schema-valid', () => {
    fc.assert(
      fc.property(anyText, context, (raw, ctx) => {
        expect(Quantity.safeParse(quantityOf(cleanRaw(raw), ctx)).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every part a raw that is a span of the cell', () => {
    fc.assert(
      fc.property(cellText, (raw) => {
        const { parts, ...top } = normalizeQuantity(raw);
        for (const part of parts ?? []) expect(top.raw).toContain(part.raw);
        if (parts) expect({ ...parts[0], raw: top.raw }).toStrictEqual(top);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps raw equal to the trimmed input when there is no markup', () => {
    fc.assert(
      fc.property(anyText.filter((s) => !s.includes('<') && !s.includes('&')), (raw) => {
        expect(normalizeQuantity(raw).raw).toBe(raw.trim());
      }),
    );
  });
});

/** A decimal with up to 4 decimals, as written and as exact digits with a power of ten. */
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .map(([digits, decimals, group]) => {
    const text = digits.toString().padStart(decimals + 1, '0');
    const int = text.slice(0, text.length - decimals);
    const grouped = group ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
    return { written: decimals > 0 ? `${grouped}.${text.slice(-decimals)}` : grouped, digits, decimals };
  });

describe('exact decimal scaling', () => {
  it.each(Object.entries(MONEY_UNITS))('d%s is exactly d × 10^%i', (word, exp) => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('', ' '), ({ written, digits, decimals }, space) => {
        // the expectation is the exact decimal, rounded once by the string parser: no float multiply
        const expected = Number(`${digits}e${exp - decimals}`);
        expect(normalizeQuantity(`${written}${space}${word}`)).toMatchObject({ op: 'eq', value: expected, unit: '元' });
      }),
      { numRuns: 300 },
    );
  });

  it('scales both ends of a range exactly', () => {
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom(...Object.entries(MONEY_UNITS)), (a, b, [word, exp]) => {
        const q = normalizeQuantity(`${a.written}-${b.written}${word}`);
        const [x, y] = [Number(`${a.digits}e${exp - a.decimals}`), Number(`${b.digits}e${exp - b.decimals}`)];
        // A range written high to low is the same span (issue 14): min ≤ max always.
        expect(q).toMatchObject({ op: 'range', min: Math.min(x, y), max: Math.max(x, y), unit: '元' });
      }),
      { numRuns: 500 },
    );
  });

  it('a prefix operator from the table holds for any number', () => {
    const prefix = OPERATORS.filter((r) => r.position === 'prefix');
    fc.assert(
      fc.property(fc.constantFrom(...prefix), decimal, (rule, d) => {
        const q = normalizeQuantity(`${rule.word}${d.written}个`);
        expect(q).toMatchObject({ op: rule.op, value: Number(`${d.digits}e${-d.decimals}`), unit: '个' });
      }),
      { numRuns: 500 },
    );
  });
});
