// Numerals: written digits, Chinese numerals and the scale words after them, as one exact decimal.
//   '一万两千' → 12000;  '3千多万' → 30000000 (more);  '1.5亿' → 150000000;  '十三五' → invalid
import { isDigit, skipSpaces } from './chars.js';
import { add, isZero, ONE, readLiteral, shift, ZERO, Dec, type Literal } from './decimal.js';
import { DIGIT_OF, INNER_OPS, SCALE_OF, UNITS } from './lexicon.js';

export interface Numeral {
  readonly dec: Dec;
  readonly end: number;
  /** Starts with a Chinese numeral (needs a unit, or to be the whole cell, to count). */
  readonly chinese: boolean;
  /** Carries a scale word (万, 亿, or 千/百 after digits), so a header unit must not scale it again. */
  readonly scaled: boolean;
  /** 多/余 inside the numeral: 3千多万 is more than 30000000. */
  readonly more: boolean;
  /** The numeral is one literal and nothing else: for year and date checks. */
  readonly literal: Literal | null;
  /** The power of ten the scale words added to a single written number (38.3万 → 4), else 0. */
  readonly scaleExp: number;
  /** Plain Chinese digits in a row (二〇二三): their count, else 0. */
  readonly positional: number;
  /** Not a number after all (十三五, 三五): `end` covers the run. */
  readonly invalid: boolean;
}

const POINT = 0x70b9; // 点

const isNumeralChar = (c: number): boolean => DIGIT_OF[c]! >= 0 || SCALE_OF[c]! >= 0;

function invalidRun(s: string, j: number, n: number): Numeral {
  while (j < n && isNumeralChar(s.charCodeAt(j))) j++;
  return { dec: ZERO, end: j, chinese: true, scaled: false, more: false, literal: null, scaleExp: 0, positional: 0, invalid: true };
}

/** Reads the numeral at i (a digit, a Chinese digit, or 十). Scale words that begin a unit (万元, 千米) are left to it. */
export function readNumeral(s: string, i: number, n: number, percentOf = false): Numeral {
  if (isDigit(s.charCodeAt(i))) {
    // the common case, a written number with no scale word after it
    const lit = readLiteral(s, i, n);
    const k = lit.dotted || lit.tooLong ? lit.end : skipSpaces(s, lit.end, n);
    if (k >= n || !mayContinue(s, k, n)) {
      return { dec: lit.dec, end: lit.end, chinese: false, scaled: false, more: false, literal: lit, scaleExp: 0, positional: 0, invalid: false };
    }
  }
  return readGrammar(s, i, n, percentOf);
}

function mayContinue(s: string, k: number, n: number): boolean {
  const c = s.charCodeAt(k);
  return SCALE_OF[c]! >= 0 || DIGIT_OF[c]! >= 0 || INNER_OPS.match(s, k, n) > k;
}

/** Chinese numeral grammar over digits, 十百千 within a section and 万亿 between sections. */
function readGrammar(s: string, i: number, n: number, percentOf: boolean): Numeral {
  const chinese = !isDigit(s.charCodeAt(i));
  let total = ZERO, section = ZERO, cur: Dec | null = null;
  let curStart = i, curCn = false, curAfterUnit = false, zero = false, bad = false;
  let lastSmall = 99, lastBig = 0, lastUnit = 0, atoms = 0, positional = 0;
  let scaled = false, more = false, literal: Literal | null = null, firstE = 0, onlyScales = true;
  let j = i;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) {
      if (cur !== null) break; // two literals in a row are two numbers
      const lit = readLiteral(s, j, n);
      if (atoms === 0) { literal = lit; firstE = lit.dec.e; } else onlyScales = false;
      curStart = j;
      cur = lit.dec; curCn = false; curAfterUnit = atoms > 0; atoms++;
      j = lit.end;
      if (lit.dotted || lit.tooLong) break;
      const k = skipSpaces(s, j, n);
      if (k > j && k < n && SCALE_OF[s.charCodeAt(k)]! >= 0) j = k; // 550 万户
      continue;
    }
    const digit = DIGIT_OF[c]!;
    if (digit >= 0) {
      if (cur !== null) {
        if (!curCn || positional === 0 || positional !== atoms) { bad = true; break; }
        cur = new Dec(cur.m * 10 + digit, 0); // 二〇二三: digit by digit
        onlyScales = false; positional++; atoms++; j++;
        continue;
      }
      if (digit === 0 && atoms > 0) { zero = true; j++; continue; } // 一百零五
      if (atoms > 0) onlyScales = false;
      cur = new Dec(digit, 0); curStart = j; curCn = true;
      curAfterUnit = atoms > 0 && !zero;
      if (atoms === 0) positional = 1;
      atoms++; j++;
      continue;
    }
    const exp = SCALE_OF[c]!;
    if (exp >= 0) {
      // a unit word beginning here (万元, 亿元, 千米, 百分点) ends the numeral
      if ((exp >= 4 || (!chinese && atoms === 1)) && UNITS.match(s, j, n) > j + 1) break;
      if (positional > 1) { bad = true; break; }
      positional = 0;
      if (exp < 4) {
        if (cur === null) {
          // 十五; and 百分之百, where a bare 百 is one hundred
          if (atoms === 0 && (exp === 1 || (percentOf && exp === 2))) { cur = ONE; onlyScales = false; }
          else { bad = true; break; }
        }
        if (exp >= lastSmall) { bad = true; break; }
        section = add(section, shift(cur, exp));
        lastSmall = exp;
        if (!chinese) scaled = true; // 3千 carries a scale; 三千 is just a number
      } else {
        const sec = cur === null ? section : add(section, cur);
        if (isZero(sec) && isZero(total)) break;
        if (exp === lastBig) { bad = true; break; } // 一万一万
        total = exp > lastBig && !isZero(total) ? shift(add(total, sec), exp) : add(total, shift(sec, exp));
        section = ZERO; lastSmall = 99; lastBig = exp; scaled = true;
      }
      cur = null; lastUnit = exp; zero = false; atoms++; j++;
      continue;
    }
    // 多/余 between scale words: 3千多万
    const inner = INNER_OPS.match(s, j, n);
    if (inner > j && atoms > 0 && inner < n && SCALE_OF[s.charCodeAt(inner)]! >= 0) {
      more = true; j = inner;
      continue;
    }
    break;
  }
  // 十三五, 三五: not a number; a guess at "three or five" is no better
  if ((bad && chinese) || positional === 2) return invalidRun(s, bad ? j : i, n);
  let end = j;
  let value = add(total, section);
  if (cur !== null) {
    if (curAfterUnit && !curCn) end = trimSpacesBack(s, i, curStart); // 1万5: the 5 is another number
    else {
      // 三千五 = 3500, 一万五 = 15000: a last digit right after a unit is one place lower
      const last = curAfterUnit && !zero && lastUnit >= 2 ? shift(cur, lastUnit - 1) : cur;
      value = add(value, last);
    }
  }
  // 九十六点五: Chinese digits after 点 are the decimal places.
  if (chinese && end === j && s.charCodeAt(j) === POINT && j + 1 < n && DIGIT_OF[s.charCodeAt(j + 1)]! >= 0) {
    let k = j + 1, m = 0;
    while (k < n && DIGIT_OF[s.charCodeAt(k)]! >= 0 && k - j <= 12) m = m * 10 + DIGIT_OF[s.charCodeAt(k++)]!;
    value = add(value, new Dec(m, -(k - j - 1)));
    end = k;
  }
  const scaleExp = onlyScales && cur === null ? value.e - firstE : 0;
  return { dec: value, end, chinese, scaled, more, literal: atoms === 1 ? literal : null, scaleExp, positional, invalid: false };
}

function trimSpacesBack(s: string, i: number, end: number): number {
  while (end > i && s.charCodeAt(end - 1) === 0x20) end--;
  return end;
}
