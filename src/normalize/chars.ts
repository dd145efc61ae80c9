// Folding and character classes, so full-width and look-alike spellings scan as one.
//   '１２３％' → codes of '123%';  '≧' → '≥';  '═' → '=';  U+3000 → ' '
export const GTE = 0x2265; // ≥
export const LTE = 0x2264; // ≤

/** The canonical code of a char: full-width ASCII → ASCII, look-alikes → one spelling. */
export function fold(c: number): number {
  if (c < 0x80 || (c >= 0x3400 && c < 0xf900)) return c; // ASCII and CJK ideographs fold to themselves
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0xa0: case 0x3000: case 0x2002: case 0x2003: case 0x2009: case 0x200b: case 0xfeff:
      return 0x20;
    case 0x2267: case 0x2a7e: return GTE; // ≧ ⩾
    case 0x2266: case 0x2a7d: return LTE; // ≦ ⩽
    case 0x2550: case 0x2261: return 0x3d; // ═ ≡ used as =
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63:
      return 0x2d; // dashes and minus
    case 0x301c: case 0x223c: return 0x7e; // 〜 ∼
    case 0xfe6a: return 0x25; // ﹪
    case 0x2236: return 0x3a; // ∶
    default: return c;
  }
}

/** The text with every char folded, same length, so spans index the original too; most cells come back as is. */
export function foldText(s: string): string {
  const n = s.length;
  let out: string[] | null = null;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const f = fold(c);
    if (f === c) continue;
    out ??= [];
    out.push(s.slice(last, i), String.fromCharCode(f));
    last = i + 1;
  }
  if (out === null) return s;
  out.push(s.slice(last));
  return out.join('');
}

/** A char-code → value table (−1 for none) for the few single-char lookups on the hot path. */
export function codeTable(entries: Iterable<readonly [string, number]>): Int8Array {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [ch, v] of entries) table[fold(ch.charCodeAt(0))] = v;
  return table;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

/** Ends a clause: , ; 。 ! ? and line breaks (a thousands comma never reaches here). */
export function isClauseEnd(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d;
}

/** Skips spaces and tabs (already folded), not line breaks: those end a clause. */
export function skipSpaces(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09) i++;
    else break;
  }
  return i;
}
