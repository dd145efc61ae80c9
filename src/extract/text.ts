// Width folding for structure detection: full-width digits and number signs read as ASCII.
//   foldDigits('２０２３年') → '2023年';  toNumber('１，０３０．５') → 1030.5
const FULL_WIDTH = /[０-９．，％＋－]/g;

const HAS_FULL_WIDTH = /[０-９．，％＋－]/;

export function foldDigits(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Starts with a digit or a sign, ASCII or full-width: a cheap test that most cells, being words, fail. */
export function startsWithFigure(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || (c >= 0xff10 && c <= 0xff19) || c === 0xff0b || c === 0xff0d;
}

const PLAIN_NUMBER = /^[-+]?\d+(?:,\d{3})*(?:\.\d+)?$|^[-+]?\d+(?:\.\d+)?$/;
// Every char a plain number may hold before folding; a cell with any other char (1、…) is not one.
const NUMBER_CHARS = /^[\s\d０-９.,．，+\-＋－]*$/;

/** A cell that is just a number (thousands separators allowed), as a number; null otherwise. */
export function toNumber(cell: string): number | null {
  // Most cells are words: a number starts with a digit or a sign.
  const first = cell.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || (first >= 0xff0b && first <= 0xff19) || first === 0x20)) return null;
  if (!NUMBER_CHARS.test(cell)) return null;
  const t = foldDigits(cell.trim());
  if (!PLAIN_NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
