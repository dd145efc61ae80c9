// The tables compiled once into lookups the scanner uses (tries, char-code maps).
//   '不少于' → WORDS hit { kind: 'op', op: 'gte' };  '万' → SCALE_OF 4;  '两' → DIGIT_OF 2
import type { NumberOp } from '../schema.js';
import { codeTable } from './chars.js';
import {
  CN_DIGITS, HEDGES, NOT_NUMERALS, OPERATORS, PERCENT_OF, RANGE_SEPARATORS, SCALE, VERBS, type OperatorRule,
} from './tables.js';
import { Trie } from './trie.js';
import { unitRules, type UnitRule } from './units.js';

export type Word =
  | { readonly kind: 'op'; readonly op: NumberOp }
  | { readonly kind: 'hedge'; readonly text: string }
  | { readonly kind: 'verb' }
  | { readonly kind: 'percent-of' };

/** Chinese digit value by char code, −1 for none. */
export const DIGIT_OF = codeTable(Object.entries(CN_DIGITS));
/** Scale power of ten by char code, −1 for none. */
export const SCALE_OF = codeTable(Object.entries(SCALE));
export const RANGE_SEP = codeTable(RANGE_SEPARATORS.map((w) => [w, 1] as const));

function prefixWords(): [string, Word][] {
  const out: [string, Word][] = [];
  for (const h of HEDGES) out.push([h, { kind: 'hedge', text: h }]);
  for (const r of OPERATORS) if (r.position === 'prefix') out.push([r.word, { kind: 'op', op: r.op }]);
  for (const v of VERBS) out.push([v, { kind: 'verb' }]);
  out.push([PERCENT_OF, { kind: 'percent-of' }]);
  return out;
}

/** Words read between quantities: prefix operators, hedges, verbs, 百分之. */
export const WORDS = new Trie<Word>(prefixWords());
/** Operators after a number and its unit: 以上, 左右, 以内 … */
export const SUFFIX_OPS = new Trie<OperatorRule>(
  OPERATORS.filter((r) => r.position === 'suffix').map((r) => [r.word, r] as const),
);
/** Operators between a number and its unit: 200余家, 3千多万. */
export const INNER_OPS = new Trie<OperatorRule>(
  OPERATORS.filter((r) => r.position === 'inner').map((r) => [r.word, r] as const),
);
export const UNITS = new Trie<UnitRule>(unitRules());
/** Words that begin with a numeral but are not numbers: 十分, 一流, 两化. */
export const NOT_NUMBER_WORDS = new Trie<true>(NOT_NUMERALS.map((w) => [w, true] as const));
