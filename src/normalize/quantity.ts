// Value cell → normalized quantity (SPEC §4); never throws, always a schema-valid Q.
//   '≥1500家次' → { raw: '≥1500家次', op: 'gte', value: 1500, unit: '家次' };  '与上年度持平' → op 'text'
import type { Quantity, QuantityPart } from '../schema.js';
import type { QuantityContext } from './context.js';
import { shift, toNumber } from './decimal.js';
import { nameHint, targetHint, unitHint, type Hint } from './hints.js';
import { cleanRaw } from './html.js';
import type { Found } from './read-quantity.js';
import { scan } from './scan.js';
import { readMoneyFormat } from './money-format.js';
import { LIMITS } from './tables.js';

/**
 * A value cell's text → a normalized quantity (SPEC §4); never throws, and what it cannot read is `op: 'text'`.
 * @example
 * normalizeQuantity('≥1500家次') // { raw: '≥1500家次', op: 'gte', value: 1500, unit: '家次' }
 * normalizeQuantity('15,230.73', { unit: '万元' }) // { raw: '15,230.73', op: 'eq', value: 152307300, unit: '元' }
 */
export function normalizeQuantity(raw: string, context?: QuantityContext): Quantity {
  let text = '';
  try {
    text = cleanRaw(raw);
    return quantityOf(text, context);
  } catch {
    return { raw: text, op: 'text', unit: null }; // a bug must not take down a whole document
  }
}

/** The normalizer without its safety net, on text already cleaned; tests fuzz this one. */
// Two numbers multiplied (7×24小时, 3*5) state a product or a schedule, not a quantity to compare.
const PRODUCT = /\d\s*[×*＊✕]\s*\d/;

// U+FFFD stands for a character that could not be read: beside a digit it may have been part of the number
// (≥6\xFF00家 is neither 6 nor 600); elsewhere in the cell (30家\uFFFD) the number is whole.
const LOST = '\uFFFD';
const LOST_IN_NUMBER = /[\d０-９.,．，]\uFFFD|\uFFFD[\d０-９.．]/;

export function quantityOf(raw: string, context: QuantityContext | undefined): Quantity {
  if (raw.includes(LOST) && LOST_IN_NUMBER.test(raw)) return { raw, op: 'text', unit: null };
  if (raw.includes('¥') || raw.includes('￥') || raw.includes(')') || raw.includes('）')) {
    const money = context !== undefined && contextHints(context).some((h) => h.unit === '元');
    const text = readMoneyFormat(raw, money);
    if (text !== null) return { ...quantityOf(text, context), raw };
  }
  if ((raw.includes('×') || raw.includes('*') || raw.includes('＊') || raw.includes('✕')) && PRODUCT.test(raw)) return { raw, op: 'text', unit: null };
  const r = scan(raw, false);
  const found = r.found;
  if (found.length === 0 || r.prose || r.letters > LIMITS.proseLetters) return { raw, op: 'text', unit: null };
  const hints = context ? contextHints(context) : NO_HINTS;
  if (found.length === 1) {
    const f = found[0]!;
    if (f.needsWhole && r.letters > 0) return { raw, op: 'text', unit: null };
    for (const h of hints) fill(f, h);
    return toPart(raw, f) ?? { raw, op: 'text', unit: null };
  }
  const parts: QuantityPart[] = [];
  for (const f of found) {
    if (f.needsWhole) continue; // 三 counts only as the whole cell; 六个 has its unit
    for (const h of hints) fill(f, h);
    const part = toPart(raw.slice(f.start, f.end).trim(), f);
    if (part) parts.push(part);
  }
  const first = parts[0];
  if (!first) return { raw, op: 'text', unit: null };
  const between = parts.length === 2 ? boundedBetween(raw, found, parts) : null;
  if (between) return between;
  const q: Quantity = { ...first, raw };
  if (parts.length > 1) q.parts = parts;
  return q;
}

const NO_HINTS: readonly Hint[] = [];
const AND = /^(?:且|并且|而且|同时|和|与|、|，|,)$/;

/** ≥60%且≤80%: a floor and a ceiling joined by 且 are one range. */
function boundedBetween(raw: string, found: readonly Found[], parts: readonly QuantityPart[]): Quantity | null {
  const [lo, hi] = parts;
  const [a, b] = found;
  if (!lo || !hi || !a || !b || lo.unit !== hi.unit) return null;
  if (!(lo.op === 'gte' || lo.op === 'gt') || !(hi.op === 'lte' || hi.op === 'lt') || lo.value > hi.value) return null;
  if (!AND.test(raw.slice(a.end, b.start).trim())) return null;
  return { raw, op: 'range', min: lo.value, max: hi.value, unit: lo.unit };
}

/** Target first (the row's own written unit), then the name, then the header's unit. */
function contextHints(context: QuantityContext): Hint[] {
  const out: Hint[] = [];
  const { target, name, unit } = context;
  const achieved = typeof target === 'string' && target.length > 0;
  if (achieved) push(out, targetHint(cleanRaw(target)));
  // A (≥**单位) placeholder states the target's operator; an achieved value takes only its unit.
  if (typeof name === 'string' && name.length > 0) push(out, achieved ? withoutOp(nameHint(name)) : nameHint(name));
  if (typeof unit === 'string' && unit.length > 0) push(out, unitHint(unit));
  return out;
}

function withoutOp(h: Hint | null): Hint | null {
  return h && h.op !== null ? { ...h, op: null } : h;
}

function push(out: Hint[], h: Hint | null): void {
  if (h) out.push(h);
}

/** A bare number takes the hint's unit and scale; a number that carries a scale is not scaled twice. */
function fill(f: Found, h: Hint): void {
  if (f.unit !== null) {
    if (h.op !== null && !f.explicit && h.unit === f.unit) f.op = h.op;
    return;
  }
  if (!f.scaled && h.exp !== 0) {
    f.lo = shift(f.lo, h.exp);
    if (f.hi) f.hi = shift(f.hi, h.exp);
    f.scaled = true;
    f.exp = h.exp;
  }
  f.unit = h.unit;
  if (h.op !== null && !f.explicit) {
    f.op = h.op;
    f.explicit = true;
  }
}

const finite = (d: Found['lo']): number | null => {
  const v = toNumber(d);
  return Number.isFinite(v) ? v + 0 : null; // + 0 turns -0 into 0
};

/** Keys in the contract's order: raw, op, value | min, max, unit, hedge. */
function toPart(raw: string, f: Found): QuantityPart | null {
  const lo = finite(f.lo);
  if (lo === null) return null;
  let q: QuantityPart;
  if (f.op === 'range') {
    const hi = f.hi === null ? null : finite(f.hi);
    if (hi === null) return null;
    // 5-3 written high to low: the same span (parse says so in a diagnostic, see caveats.ts)
    q = { raw, op: 'range', min: Math.min(lo, hi), max: Math.max(lo, hi), unit: f.unit };
  } else {
    q = { raw, op: f.op, value: lo, unit: f.unit };
  }
  if (f.hedge !== null) q.hedge = f.hedge;
  return q;
}
