// Width folding for structure detection: full-width digits and number signs read as ASCII.
//   foldDigits('２０２３年') → '2023年';  toNumber('１，０３０．５') → 1030.5
const FULL_WIDTH = /[０-９．，％＋－]/g;

export function foldDigits(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const PLAIN_NUMBER = /^[-+]?\d+(?:,\d{3})*(?:\.\d+)?$|^[-+]?\d+(?:\.\d+)?$/;

/** A cell that is just a number (thousands separators allowed), as a number; null otherwise. */
export function toNumber(cell: string): number | null {
  const t = foldDigits(cell.trim());
  if (!PLAIN_NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
