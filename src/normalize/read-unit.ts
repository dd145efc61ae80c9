// The unit after a number: money, percent, measure words, compound units, or a date marker.
//   '万元/人' → { unit: '元/人', exp: 4 };  '次/日' → '次/日';  '年' after 2022 → year (not a quantity)
import { isClauseEnd, isCjk, isDigit, isLatin, skipSpaces } from './chars.js';
import { toNumber } from './decimal.js';
import { SUFFIX_OPS, UNITS, WORDS } from './lexicon.js';
import type { Numeral } from './numerals.js';
import { LIMITS } from './tables.js';
import { LATIN_UNITS, UNIT_JOINERS, type UnitKind } from './units.js';

// a Map, so a word like valueOf never finds Object.prototype
const LATIN = new Map(Object.entries(LATIN_UNITS));
const JOINERS = new Set(Array.from(UNIT_JOINERS, (ch) => ch.charCodeAt(0)));

export interface UnitRead {
  readonly unit: string | null;
  readonly exp: number;
  /** 'ident': the digits belong to a name (5G, 4K); 'year' / 'date': not a quantity. */
  readonly kind: UnitKind | 'latin' | 'unknown' | 'ident';
  readonly end: number;
}

export function isYear(num: Numeral): boolean {
  const lit = num.literal;
  if (num.positional === 4) return true; // 二〇二三
  if (!lit || lit.grouped || lit.fracLen !== 0 || lit.intLen !== 4) return false;
  const v = lit.dec.m;
  return v >= LIMITS.yearMin && v <= LIMITS.yearMax;
}

/** 2023.07: a year and a month written as a decimal. */
export function isYearMonth(num: Numeral): boolean {
  const lit = num.literal;
  if (!lit || lit.grouped || lit.intLen !== 4 || lit.fracLen < 1 || lit.fracLen > 2) return false;
  const v = toNumber(lit.dec);
  const year = Math.floor(v);
  const month = Math.round((v - year) * (lit.fracLen === 1 ? 10 : 100));
  return year >= LIMITS.yearMin && year <= LIMITS.yearMax && month >= 1 && month <= 12;
}

/** Reads the unit at j (spaces already skipped); null when there is none. */
export function readUnit(s: string, j: number, n: number, num: Numeral, strict: boolean): UnitRead | null {
  const end = UNITS.match(s, j, n);
  if (end > j) {
    const rule = UNITS.value!;
    if (rule.kind === 'year') {
      if (isYear(num)) return { unit: null, exp: 0, kind: 'year', end };
      return compound(s, j + 1, n, '年', 0, 'measure'); // 3年: a duration
    }
    if (rule.kind === 'date') return { unit: null, exp: 0, kind: 'date', end };
    return compound(s, end, n, rule.unit, rule.exp, rule.kind);
  }
  const c = s.charCodeAt(j);
  if (isLatin(c)) return readLatin(s, j, n);
  if (!strict && !num.chinese && isCjk(c)) return readUnknown(s, j, n);
  return null;
}

/** Extends a unit with /人, *月, ·年 … as written; the money head stays canonical (万元/人 → 元/人). */
function compound(s: string, end: number, n: number, unit: string, exp: number, kind: UnitKind): UnitRead {
  const from = end;
  while (end + 1 < n && JOINERS.has(s.charCodeAt(end))) {
    const j = end + 1;
    const m = UNITS.match(s, j, n);
    if (m > j) end = m;
    else if (isCjk(s.charCodeAt(j))) end = j + 1;
    else break;
  }
  return { unit: end > from ? unit + s.slice(from, end) : unit, exp, kind, end };
}

function readLatin(s: string, j: number, n: number): UnitRead {
  let k = j;
  while (k < n && isLatin(s.charCodeAt(k))) k++;
  if (k < n && (s.charCodeAt(k) === 0x32 || s.charCodeAt(k) === 0x33) && !(k + 1 < n && isDigit(s.charCodeAt(k + 1)))) k++;
  const word = s.slice(j, k);
  const unit = LATIN.get(word);
  if (unit !== undefined && !(k < n && (isLatin(s.charCodeAt(k)) || isDigit(s.charCodeAt(k))))) {
    return { unit, exp: 0, kind: 'latin', end: k };
  }
  return { unit: null, exp: 0, kind: 'ident', end: k };
}

/** A short unknown measure word that ends the clause (6大赛道) is taken as written. */
function readUnknown(s: string, j: number, n: number): UnitRead | null {
  let k = j;
  while (k < n && k - j <= LIMITS.maxUnknownUnit && isCjk(s.charCodeAt(k))) {
    if (WORDS.match(s, k, n) > k || SUFFIX_OPS.match(s, k, n) > k) break;
    k++;
  }
  if (k === j || k - j > LIMITS.maxUnknownUnit) return null;
  const after = skipSpaces(s, k, n);
  if (after < n && !isClauseEnd(s.charCodeAt(after))) return null;
  return { unit: s.slice(j, k), exp: 0, kind: 'unknown', end: k };
}
