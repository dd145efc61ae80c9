// What a normalized quantity cannot say by itself: a range written high to low, a number a double cannot hold exactly.
//   quantityCaveats('5-3') → ['Range written high to low (5 before 3); read as 3 to 5'];  '9007199254740993' → ['… exact digits are in raw']
import type { BudgetItem, Diagnostic, Indicator, Quantity } from '../schema.js';
import { toNumber, type Dec } from './decimal.js';
import { scan } from './scan.js';

// A double holds every decimal of up to 15 significant digits exactly as written (DBL_DIG).
const SAFE_DIGITS = 15;
// Cheap tests first: most values have no range and no long number, and are not scanned again.
const MAY_MATTER = /\d\s*[-~至到]\s*[-负]?\d|\d{16}|\d[\d,.]{16}/;

/** Messages about `raw` as gzperf read it; none for almost every value. */
export function quantityCaveats(raw: string): string[] {
  if (!MAY_MATTER.test(raw)) return [];
  const out: string[] = [];
  for (const f of scan(raw, false).found) {
    if (f.hi !== null && toNumber(f.lo) > toNumber(f.hi)) {
      out.push(`Range written high to low (${raw.slice(f.start, f.end).trim()}); read as ${toNumber(f.hi)} to ${toNumber(f.lo)}`);
    }
    for (const d of f.hi === null ? [f.lo] : [f.lo, f.hi]) {
      if (!printsExactly(d)) out.push(`Number ${decimalText(d)} has more digits than a JSON number keeps exactly; the value is ${toNumber(d)}, the exact digits are in raw`);
    }
  }
  return out;
}

/** One info diagnostic per caveat of each indicator's and budget line's quantities, at its line. */
export function caveatDiagnostics(indicators: readonly Indicator[], budget: readonly BudgetItem[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const note = (q: Quantity | null, line: number): void => {
    if (!q || q.op === 'text') return;
    for (const message of quantityCaveats(q.raw)) out.push({ severity: 'info', code: 'number-caveat', line, message, text: q.raw });
  };
  for (const i of indicators) for (const q of [i.target, i.periodTarget, i.achieved]) note(q, i.line);
  for (const b of budget) note(b.amount, b.line);
  return out;
}

/** The written decimal, digits and sign as they stand: '-12345678901234567890', '1.5e-3' style avoided. */
function decimalText(d: Dec): string {
  const digits = d.d ?? String(d.m);
  if (d.e >= 0) return digits + '0'.repeat(d.e);
  const negative = digits.startsWith('-');
  const body = (negative ? digits.slice(1) : digits).padStart(1 - d.e, '0');
  return (negative ? '-' : '') + body.slice(0, d.e) + '.' + body.slice(d.e);
}

/** True when the double nearest to `d` prints as the same decimal (JSON output shows what was written). */
function printsExactly(d: Dec): boolean {
  const digits = (d.d ?? String(d.m)).replace(/^-/, '').replace(/^0+/, '');
  if (digits.replace(/0+$/, '').length <= SAFE_DIGITS) return true;
  return canonical(decimalText(d)) === canonical(String(toNumber(d)));
}

/** A decimal or JS number text → sign, significant digits and the power of ten of the last one. */
function canonical(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return text;
  let digits = (m[2] ?? '') + (m[3] ?? '');
  let exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  digits = digits.replace(/^0+/, '');
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exp++;
  }
  return digits === '' ? '0' : `${m[1]}${digits}e${exp}`;
}
