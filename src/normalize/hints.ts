// What the row says about a value's unit: a header unit, the name's （亿元） or (≥**%), the target's unit.
//   name '重大项目新增投资额（亿元）' → { exp: 8, unit: '元' };  '受助对象满意度(≥**%)' → { op: 'gte', unit: '%' }
import type { NumberOp } from '../schema.js';
import { fold, foldText } from './chars.js';
import type { Found } from './read-quantity.js';
import { scan } from './scan.js';
import { LIMITS } from './tables.js';

export interface Hint {
  /** Power of ten a bare number is scaled by (万元 → 4). */
  readonly exp: number;
  readonly unit: string | null;
  /** From a (≥**单位) placeholder: the operator a bare number takes. */
  readonly op: NumberOp | null;
}

const CACHE_LIMIT = 512;

function cached(cache: Map<string, Hint | null>, key: string, make: (k: string) => Hint | null): Hint | null {
  if (key.length > 256) return make(key); // a huge name or target is read, not kept
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit ?? null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = make(key);
  cache.set(key, value);
  return value;
}

const PLACEHOLDER = /\*{2,}/; // stars stand for the number; the text is at most 20 chars
const OP_THEN_UNIT = /^([≥≤＞＜><]=?)\s*([^\d\s*][^\d]*)$/;

function unwrap(t: string): string {
  const u = t.trim();
  return u.charCodeAt(0) === 0x28 && u.charCodeAt(u.length - 1) === 0x29 ? u.slice(1, -1).trim() : u;
}

/** '万元', '单位：万元', '%', '亿', '≥**平方米' → the unit they state, or null. */
function parseUnitText(text: string): Hint | null {
  let t = foldText(text).trim();
  if (t.length > 40) return null;
  t = unwrap(t); // （单位：万元）
  t = unwrap(t.slice(t.lastIndexOf(':') + 1)); // 单位：（万元）
  if (t.length === 0 || t.length > 20) return null;
  // (≥米) is the placeholder without its stars: the operator and the unit with no number between them.
  const starless = !PLACEHOLDER.test(t) && OP_THEN_UNIT.test(t);
  const placeholder = starless || PLACEHOLDER.test(t);
  const probe = starless ? t.replace(OP_THEN_UNIT, '$11$2') : placeholder ? t.replace(PLACEHOLDER, '1') : `1${t}`;
  const r = scan(probe, true);
  const f = r.found[0];
  if (r.found.length !== 1 || r.letters !== 0 || !f || f.op === 'range' || f.lo.m !== 1 || f.lo.d !== null) return null;
  if (f.end !== probe.length || (f.unit === null && !f.scaled)) return null;
  return { exp: f.lo.e, unit: f.unit, op: placeholder && f.explicit ? f.op : null };
}

const unitCache = new Map<string, Hint | null>();
/** A header's unit: '万元', '单位：万元', or a whole header such as '项目资金（万元）'. */
export const unitHint = (text: string): Hint | null =>
  cached(unitCache, text, (t) => parseUnitText(t) ?? parseName(t));

// Brackets a name's unit comes in: (万元) after folding （万元）, [个], 【人次】.
const OPENING: Readonly<Record<number, number>> = { 0x29: 0x28, 0x5d: 0x5b, 0x3011: 0x3010 };
// A name that ends in 单位：处 states its unit without brackets.
const UNIT_SUFFIX = /单位\s*:\s*([^\s:()]{1,6})$/;

/** The last of the name's trailing bracketed groups that states a unit, or a trailing 单位：X. */
function parseName(text: string): Hint | null {
  const name = foldText(text).trimEnd();
  const suffix = UNIT_SUFFIX.exec(name);
  if (suffix) return parseUnitText(suffix[1] ?? '');
  let end = name.length;
  for (let groups = 0; groups < 4; groups++) {
    while (end > 0 && name.charCodeAt(end - 1) === 0x20) end--;
    const opening = end === 0 ? undefined : OPENING[name.charCodeAt(end - 1)];
    if (opening === undefined) return null;
    let open = end - 2;
    while (open >= 0 && name.charCodeAt(open) !== opening) open--;
    if (open < 0) return null;
    const hint = parseUnitText(name.slice(open + 1, end - 1));
    if (hint) return hint;
    end = open;
  }
  return null;
}

/** Ends in a closing bracket or a unit word after 单位, spaces aside: the only names parseName reads a unit from. */
function endsWithBracket(name: string): boolean {
  for (let i = name.length - 1; i >= 0; i--) {
    const c = fold(name.charCodeAt(i));
    // The same whitespace parseName's trimEnd drops.
    if (!/\s/.test(String.fromCharCode(c))) return OPENING[c] !== undefined || name.includes('单位');
  }
  return false;
}

const nameCache = new Map<string, Hint | null>();
// Most names end in a word: answered without a cache lookup, which would cost more than the check.
export const nameHint = (name: string): Hint | null => (endsWithBracket(name) ? cached(nameCache, name, parseName) : null);

/** The unit the target was written in, scale included (≤90万元 → 万元), for a bare achieved number. */
function parseTarget(target: string): Hint | null {
  const r = scan(target, false);
  if (r.prose || r.letters > LIMITS.proseLetters) return null; // a prose target states no unit to inherit
  const f: Found | undefined = r.found.find((q) => !q.needsWhole);
  if (!f || (f.unit === null && !f.scaled)) return null;
  return { exp: f.exp, unit: f.unit, op: null };
}

const targetCache = new Map<string, Hint | null>();
export const targetHint = (target: string): Hint | null => cached(targetCache, target, parseTarget);
