// Exact decimals: the written digits and a power of ten; scaling shifts the point, never multiplies floats.
//   '6,117.99' then 亿 → { m: 611799, e: 6 } → 611799000000 exactly
import { isDigit } from './chars.js';
import { LIMITS } from './tables.js';

/**
 * value = (d ?? m) × 10^e; d holds the digits when m would not be a safe integer.
 * A class, not object literals: V8 kept building literals on a stale shape, which made every read slow.
 */
export class Dec {
  readonly m: number;
  readonly e: number;
  readonly d: string | null;

  constructor(m: number, e: number, d: string | null = null) {
    this.m = m;
    this.e = e;
    this.d = d;
  }
}

export const ZERO = new Dec(0, 0);
export const ONE = new Dec(1, 0);

const POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

export function shift(a: Dec, k: number): Dec {
  return k === 0 ? a : new Dec(a.m, a.e + k, a.d);
}

export function isZero(a: Dec): boolean {
  return a.d === null && a.m === 0;
}

const bigOf = (a: Dec): bigint => BigInt(a.d ?? a.m);

/** Exact sum; falls back to BigInt when a mantissa would leave the safe range. */
export function add(a: Dec, b: Dec): Dec {
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  const e = Math.min(a.e, b.e);
  const ka = a.e - e;
  const kb = b.e - e;
  if (a.d === null && b.d === null && ka < 23 && kb < 23) {
    const x = a.m * (POW10[ka] ?? 0);
    const y = b.m * (POW10[kb] ?? 0);
    const sum = x + y;
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(sum)) return new Dec(sum, e);
  }
  const big = bigOf(a) * 10n ** BigInt(ka) + bigOf(b) * 10n ** BigInt(kb);
  return new Dec(0, e, big.toString());
}

/** The nearest double to the exact decimal (products and quotients of exact integers are correctly rounded). */
export function toNumber(a: Dec): number {
  if (a.d === null) {
    if (a.m === 0) return 0;
    if (a.e >= 0 && a.e < 23) {
      const v = a.m * (POW10[a.e] ?? 0);
      if (v <= Number.MAX_SAFE_INTEGER) return v;
    } else if (a.e < 0 && a.e > -23) {
      return a.m / (POW10[-a.e] ?? 1);
    }
    return Number(`${a.m}e${a.e}`);
  }
  return Number(`${a.d}e${a.e}`);
}

/** A run of written digits: 5,722 · 0.3 · 1,030 · 11.376 (full-width already folded). */
export interface Literal {
  readonly dec: Dec;
  readonly end: number;
  readonly intLen: number;
  readonly fracLen: number;
  readonly grouped: boolean;
  /** 2023.07.01, 4.0.1: dotted dates and versions, not quantities. */
  readonly dotted: boolean;
  readonly tooLong: boolean;
}

const isGroupAt = (s: string, j: number, n: number): boolean =>
  j + 3 < n &&
  isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && isDigit(s.charCodeAt(j + 3)) &&
  (j + 4 >= n || !isDigit(s.charCodeAt(j + 4)));

export function readLiteral(s: string, i: number, n: number): Literal {
  let m = 0, intLen = 0, fracLen = 0, over = false, dot = false, grouped = false, spaced = false, j = i;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) {
      if (m < 9e14) m = m * 10 + (c - 48); // stays a safe integer
      else over = true;
      if (dot) fracLen++;
      else intLen++;
      j++;
    } else if (c === 0x2c && !dot && isGroupAt(s, j, n)) {
      grouped = true; // thousands separator: exactly three digits follow
      j++;
    } else if (c === 0x20 && !dot && intLen >= 1 && (grouped ? spaced : intLen <= 3) && isGroupAt(s, j, n)) {
      grouped = spaced = true; // 1 200 人: a space groups thousands too, when every group has three digits
      j++;
    } else if (c === 0x2e && !dot && j + 1 < n && isDigit(s.charCodeAt(j + 1))) {
      dot = true;
      j++;
    } else break;
  }
  let dotted = false;
  while (dot && j + 1 < n && s.charCodeAt(j) === 0x2e && isDigit(s.charCodeAt(j + 1))) {
    dotted = true; // another .digits group: a date or a version
    j += 2;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
  }
  const tooLong = intLen + fracLen > LIMITS.maxDigits;
  let d: string | null = null;
  if (over && !tooLong) {
    d = '';
    for (let k = i; k < j; k++) if (isDigit(s.charCodeAt(k))) d += String.fromCharCode(s.charCodeAt(k));
  }
  return { dec: new Dec(over ? 0 : m, -fracLen, d), end: j, intLen, fracLen, grouped, dotted, tooLong };
}
