// Column widths, for a terminal table and for text a PDF laid out: East Asian wide and full-width characters take
// two columns.
//   displayWidth('运行ab') → 6;  fitWidth('运行监测样本数量', 9) → '运行监测…'
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2e80, 0x303e], // CJK radicals, 、。「」, U+3000
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f], // CJK compatibility and small forms
  [0xff00, 0xff60], // full-width ASCII: １２３％，
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd], // CJK extensions B–H
];

// Combining marks, format characters (ZWJ, BOM) and controls take no column of their own.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // The common cases first: printable ASCII and Latin, and the CJK unified ideographs.
  if (code >= 0x20 && code < 0x7f) return 1;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** `text` cut to at most `width` columns, ending in … when cut. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return out + '…';
}

/** `text` padded with spaces to `width` columns. */
export function padWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** What joins the pieces of a cell a line break cut: nothing between Chinese characters or within a figure, a space otherwise. */
export function breakJoiner(before: string, after: string): string {
  if (!before || !after) return '';
  const last = String.fromCodePoint(before.codePointAt(before.length - 1) ?? 0x20);
  const first = String.fromCodePoint(after.codePointAt(0) ?? 0x20);
  // A figure cut by a wrap (≥1,2 | 00人次, 98. | 6%) joins up too.
  const figure = /[\d,.]$/.test(before) && /^[\d%％]/.test(after);
  return charWidth(last) === 2 || charWidth(first) === 2 || figure ? '' : ' ';
}
