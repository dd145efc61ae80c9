// One quantity at a numeral: number, unit, range, and the operators written around it.
//   '500家以上' → gte 500 家;  '3-5万元' → range 30000..50000 元;  '2022年' → a year, not a quantity
import type { NumberOp } from '../schema.js';
import { isCjk, isClauseEnd, isDigit, isLatin, skipSpaces } from './chars.js';
import { add, Dec, shift } from './decimal.js';
import { DIGIT_OF, INNER_OPS, RANGE_SEP, SUFFIX_OPS, WORDS } from './lexicon.js';
import { readNumeral, type Numeral } from './numerals.js';
import { isYear, isYearMonth, readUnit, type UnitRead } from './read-unit.js';
import { ORDINAL_PREFIX } from './tables.js';

export interface Found {
  start: number;
  end: number;
  /** `range` exactly when `hi` is set. */
  op: NumberOp | 'range';
  explicit: boolean;
  lo: Dec;
  hi: Dec | null;
  unit: string | null;
  /** The written number carries a scale (万, 亿, 万元…): a header unit must not scale it again. */
  scaled: boolean;
  /** The power of ten the written scale and unit applied (3-5万元 → 4); what an achieved value inherits. */
  exp: number;
  hedge: string | null;
  /** A Chinese numeral with no unit: a quantity only when it is the whole cell. */
  needsWhole: boolean;
}

/** How the scanner found the numeral, as bit flags (no object per numeral on the hot path). */
export const STRICT = 1; // known units only (for reading a unit out of a header or a name)
export const PERCENT_OF = 2; // after 百分之
export const NEGATIVE = 4; // after a minus sign
export const AFTER_LETTER = 8; // right after a word's letter (进一步)
export const AFTER_OP = 16; // right after an operator (≤15日: a count of days)
export const AROUND_ZERO = 32; // after ±: from −N to N

const ORDINAL = ORDINAL_PREFIX.charCodeAt(0);
const SHI = '十'.charCodeAt(0);
const SHI_FIN = '拾'.charCodeAt(0);
const BAI = '百'.charCodeAt(0); // 百分之百

export function isNumeralStart(c: number, percentOf = false): boolean {
  return isDigit(c) || DIGIT_OF[c]! >= 0 || c === SHI || c === SHI_FIN || (percentOf && c === BAI);
}

const negate = (d: Dec): Dec => new Dec(-d.m, d.e, d.d === null ? null : d.d.startsWith('-') ? d.d.slice(1) : `-${d.d}`);
const isDateLike = (num: Numeral): boolean => isYear(num) || isYearMonth(num);

interface End { num: Numeral; unit: UnitRead | null; more: boolean; end: number }

function readEnd(s: string, i: number, n: number, flags: number): End {
  const num = readNumeral(s, i, n, (flags & PERCENT_OF) !== 0);
  let j = skipSpaces(s, num.end, n);
  let more = num.more;
  const inner = INNER_OPS.match(s, j, n);
  if (inner > j && !num.invalid) { more = true; j = skipSpaces(s, inner, n); } // 200余家
  let unit = num.invalid ? null
    : flags & PERCENT_OF ? { unit: '%', exp: 0, kind: 'percent' as const, end: num.end }
    : readUnit(s, j, n, num, (flags & STRICT) !== 0);
  // ≤15日, 15日以内: days to count, not the 15th of a month.
  if (unit?.kind === 'date' && s.charCodeAt(j) === DAY && unit.end === j + 1 && (flags & AFTER_OP || WITHIN.test(s.slice(unit.end, unit.end + 3)))) {
    unit = { unit: '日', exp: 0, kind: 'measure', end: unit.end };
  }
  return { num, unit, more, end: unit ? unit.end : more ? j : num.end };
}

const DAY = 0x65e5; // 日
const MINUS = 0x2d;
const FU = 0x8d1f; // 负
const PLUS_MINUS = 0xb1; // ±
const WITHIN = /^(?:以?内|之内)/;

/**
 * Reads the quantity at i; `prev` is the char before it (a latin letter or 第 makes it part of a name).
 * A year, a date or a name is no quantity: then the end of what was read comes back instead.
 */
export function readQuantity(s: string, i: number, n: number, flags: number, prev: number): Found | number {
  const a = readEnd(s, i, n, flags);
  const { num, unit } = a;
  if (num.invalid) return num.end;
  if (isLatin(prev) || prev === ORDINAL || unit?.kind === 'ident') return a.end;
  if (num.literal?.dotted || num.literal?.tooLong) return a.end;
  if (unit?.kind === 'year' || unit?.kind === 'date') return a.end;
  if (!unit && isRatio(s, num.end, n)) return skipRatio(s, num.end + 1, n); // 1:1 配套
  // 进一步, 统一: a lone 一 inside a word
  if (num.chinese && flags & AFTER_LETTER && num.end - i === 1 && num.dec.m === 1) return a.end;
  const lo = flags & NEGATIVE ? negate(shift(num.dec, unit?.exp ?? 0)) : shift(num.dec, unit?.exp ?? 0);
  const f: Found = {
    start: i, end: a.end, op: a.more ? 'gt' : 'eq', explicit: a.more, lo, hi: null,
    unit: unit?.unit ?? null, scaled: num.scaled || (unit?.exp ?? 0) > 0, exp: num.scaleExp + (unit?.exp ?? 0), hedge: null,
    needsWhole: num.chinese && unit === null,
  };
  const range = readRange(s, a, n, flags, f) ?? readTolerance(s, a, n, flags, f);
  if (range === 'date') return f.end;
  if (range === null && flags & AROUND_ZERO) aroundZero(f);
  if (range === null && unit === null && isYearMonth(num)) return f.end;
  readSuffix(s, n, f);
  return f;
}

const isRatio = (s: string, j: number, n: number): boolean =>
  j + 1 < n && s.charCodeAt(j) === 0x3a && isDigit(s.charCodeAt(j + 1));

function skipRatio(s: string, j: number, n: number): number {
  while (j < n && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 0x2e || s.charCodeAt(j) === 0x3a)) j++;
  return j;
}

/** a-b, a～b, a至b, a到b: the unit may sit on one end or both; a date span is not a range. */
function readRange(s: string, a: End, n: number, flags: number, f: Found): 'date' | End | null {
  let k = skipSpaces(s, a.end, n);
  if (k >= n || RANGE_SEP[s.charCodeAt(k)] !== 1) return null;
  const sep = s.charCodeAt(k);
  while (k < n && s.charCodeAt(k) === sep) k++; // ——
  k = skipSpaces(s, k, n);
  // -3~-1, 负3至负1: the far end may carry its own sign
  const negative = k + 1 < n && (s.charCodeAt(k) === MINUS || s.charCodeAt(k) === FU) && isDigit(s.charCodeAt(k + 1));
  if (negative) k++;
  if (k >= n || !isNumeralStart(s.charCodeAt(k))) return null;
  const b = readEnd(s, k, n, flags & ~(NEGATIVE | AROUND_ZERO));
  if (b.num.invalid || b.num.literal?.dotted || b.unit?.kind === 'ident') return null;
  const dateSpan = b.unit?.kind === 'year' || b.unit?.kind === 'date' ||
    (!a.unit && !b.unit && isDateLike(a.num) && isDateLike(b.num));
  if (dateSpan) {
    f.end = b.end; // 2020-2025, 1-10 月: the whole span is one date
    return 'date';
  }
  if (a.unit && b.unit && a.unit.unit !== b.unit.unit) return null;
  const hi = negative ? negate(shift(b.num.dec, b.unit?.exp ?? 0)) : shift(b.num.dec, b.unit?.exp ?? 0);
  f.hi = hi;
  f.op = 'range';
  f.explicit = true;
  f.end = b.end;
  f.needsWhole = a.num.chinese && !a.unit && b.num.chinese && !b.unit;
  if (!a.unit && b.unit) {
    // 3-5万元: the bare end takes the other's unit and scale
    if (!f.scaled) f.lo = shift(f.lo, b.num.scaleExp + b.unit.exp);
    f.unit = b.unit.unit;
    f.scaled = true;
    f.exp = b.num.scaleExp + b.unit.exp;
  } else if (a.unit && !b.unit && !b.num.scaled) {
    f.hi = shift(hi, a.num.scaleExp + a.unit.exp);
  } else if (!a.unit && !b.unit && f.scaled !== b.num.scaled) {
    if (!f.scaled) f.lo = shift(f.lo, b.num.scaleExp); // 3-5万
    else f.hi = shift(hi, a.num.scaleExp);
    f.scaled = true;
    f.exp = Math.max(a.num.scaleExp, b.num.scaleExp);
  }
  return b;
}

/** ±5%: the span from −5 to 5 (a deviation allowed either way), the unit as written. */
function aroundZero(f: Found): void {
  f.hi = f.lo;
  f.lo = negate(f.lo);
  f.op = 'range';
  f.explicit = true;
}

/** 100±5, 3.5±0.5万元: the span from N − M to N + M, exact in decimal; the unit may sit on either number. */
function readTolerance(s: string, a: End, n: number, flags: number, f: Found): End | null {
  let k = skipSpaces(s, a.end, n);
  if (k >= n || s.charCodeAt(k) !== PLUS_MINUS || flags & (AROUND_ZERO | PERCENT_OF)) return null;
  k = skipSpaces(s, k + 1, n);
  if (k >= n || !isDigit(s.charCodeAt(k))) return null;
  const b = readEnd(s, k, n, flags & ~NEGATIVE);
  if (b.num.invalid || b.num.literal?.dotted || b.unit?.kind === 'ident' || b.unit?.kind === 'year' || b.unit?.kind === 'date') return null;
  if (a.unit && b.unit && a.unit.unit !== b.unit.unit) return null;
  const unit = a.unit ?? b.unit;
  const exp = unit?.exp ?? 0;
  const centre = a.unit ? f.lo : shift(f.lo, exp);
  const spread = shift(b.num.dec, b.unit ? b.unit.exp : exp);
  f.lo = add(centre, negate(spread));
  f.hi = add(centre, spread);
  f.unit = unit?.unit ?? null;
  if (!a.unit && b.unit) {
    f.scaled = f.scaled || exp > 0;
    f.exp = b.num.scaleExp + exp;
  }
  f.op = 'range';
  f.explicit = true;
  f.end = b.end;
  return b;
}

/** 以上, 左右, 以内 … after the number and its unit; 内 only when a word does not go on (3天内, not 内资). */
function readSuffix(s: string, n: number, f: Found): void {
  const k = skipSpaces(s, f.end, n);
  const m = SUFFIX_OPS.match(s, k, n);
  if (m <= k) return;
  const rule = SUFFIX_OPS.value!;
  if (rule.standalone && m < n) {
    const c = s.charCodeAt(m);
    if ((isCjk(c) || isLatin(c)) && WORDS.match(s, m, n) <= m && !isClauseEnd(c)) return;
  }
  if (f.op !== 'range') {
    f.op = rule.op;
    f.explicit = true;
  }
  f.end = m;
}
