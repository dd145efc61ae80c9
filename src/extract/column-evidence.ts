// Column roles from what the cells hold, when a header's words are a clerk's own or missing (SPEC §1).
//   header [一级指标, 二级指标, 绩效标准, 当年预期实现值] over ['数量指标', '维修次数', '反映…', '200次'] → class2, name, explanation, target
import type { Role } from './columns.js';
import { classLabel } from '../assemble/taxonomy.js';
import { isNumber } from './align.js';
import { memo } from './memo.js';

type Kind = 'class1' | 'class2' | 'quantity' | 'number' | 'explain' | 'text';

// A value with its operator or unit: ≥90%, =100%, 200次, ≤10次, >92%, 11.376万元.
const QUANTITY = /^(?:[≥≤><=＝≧≦＞＜═]=?|不低于|不少于|不高于|不超过|大于|小于)?\s*[-+]?[\d０-９][\d,，.]*\s*(?:%|％|‰|[\u4e00-\u9fa5]{1,4}(?:\/[\u4e00-\u9fa5]{1,3})?|[A-Za-z]{1,3})?$/;
const OPERATOR_LEAD = /^(?:[≥≤><=＝≧≦＞＜═]|不低于|不少于|不高于|不超过)/;
// An explanation says what the indicator measures: 反映…, 考核…, or a sentence.
const EXPLAIN = /^(?:反映|考核|考察|衡量|用于)/;

// A cell is judged once: the same rows are looked at again below each header and each row outside a table.
const kindOf = memo(readKind);

function readKind(cell: string): Kind {
  const label = cell.length <= 20 ? classLabel(cell) : null;
  if (label) return label.level === 1 ? 'class1' : 'class2';
  if (isNumber(cell)) return 'number';
  if (cell.length <= 24 && QUANTITY.test(cell) && (OPERATOR_LEAD.test(cell) || /\D$/.test(cell))) return 'quantity';
  if (EXPLAIN.test(cell) || cell.length > 30) return 'explain';
  return 'text';
}

interface Profile {
  filled: number;
  counts: Record<Kind, number>;
}

function profiles(rows: readonly (readonly string[])[], width: number): Profile[] {
  const out: Profile[] = Array.from({ length: width }, () => ({
    filled: 0, counts: { class1: 0, class2: 0, quantity: 0, number: 0, explain: 0, text: 0 },
  }));
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (cell === '' || i >= width) return;
      out[i]!.filled++;
      out[i]!.counts[kindOf(cell)]++;
    });
  }
  return out;
}

/** Most of a column's filled cells (at least two) are of these kinds. */
function mostly(p: Profile | undefined, ...kinds: Kind[]): boolean {
  if (!p || p.filled < 2) return false;
  return kinds.reduce((s, k) => s + p.counts[k], 0) >= 0.6 * p.filled;
}

export interface Inferred {
  roles: (Role | null)[];
  /** Columns whose role came from their cells: index and role. */
  changed: { col: number; role: Role | null }[];
}

/** A header's roles corrected by the rows below it; unchanged when the cells agree with the words. */
export function refineRoles(roles: readonly (Role | null)[], labels: readonly string[], rows: readonly (readonly string[])[]): Inferred {
  const width = Math.max(roles.length, ...rows.map((r) => r.length));
  const p = profiles(rows, width);
  const out = [...roles];
  const changed: Inferred['changed'] = [];
  const set = (col: number, role: Role | null) => {
    out[col] = role;
    changed.push({ col, role });
  };
  out.forEach((role, i) => {
    // 绩效标准 over 反映… sentences explains the indicator; it is not the value.
    if ((role === 'target' || role === 'achieved' || role === 'periodTarget') && mostly(p[i], 'explain') && p[i]!.counts.quantity === 0) set(i, 'explanation');
    // 年度目标 over ≥90% cells is the target, not the goal text.
    else if (role === 'goal' && mostly(p[i], 'quantity', 'number') && out.includes('name')) set(i, 'target');
  });
  // Class columns shifted by one: 一级指标 over 数量指标, 二级指标 over the names.
  const c1 = out.indexOf('class1');
  const c2 = out.indexOf('class2');
  const names = out.flatMap((r, i) => (r === 'name' ? [i] : []));
  const namesEmpty = names.every((i) => p[i]!.filled === 0);
  if (c1 >= 0 && c2 > c1 && namesEmpty && p[c1]!.counts.class1 === 0 && mostly(p[c1], 'class2') && mostly(p[c2], 'text')) {
    for (const i of names) set(i, null);
    set(c1, 'class2');
    set(c2, 'name');
  }
  splitValueCells(out, rows, set);
  // A value column with no header word: quantities right of the name.
  const name = out.indexOf('name');
  if (name >= 0 && !out.includes('target') && !out.includes('achieved')) {
    const col = out.findIndex((r, i) => i > name && r === null && !labels[i] && mostly(p[i], 'quantity'));
    if (col >= 0) set(col, 'target');
  }
  return { roles: out, changed };
}

/**
 * Rows with no header at all (lost on an earlier page, or never written): roles from the cells, or null unless
 * they read as an indicator table — a class column, a name column and a column of quantities.
 */
export function inferHeader(rows: readonly (readonly string[])[]): Inferred | null {
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const p = profiles(rows, width);
  const roles: (Role | null)[] = Array.from({ length: width }, () => null);
  const value = p.findIndex((x) => mostly(x, 'quantity') && x.counts.quantity >= 2);
  if (value < 0) return null;
  let name = -1;
  for (let i = value - 1; i >= 0 && name < 0; i--) if (mostly(p[i], 'text', 'explain') && p[i]!.counts.text >= 2) name = i;
  const classes = p.flatMap((x, i) => (i < name && x.counts.class1 + x.counts.class2 >= Math.max(1, x.counts.text) ? [i] : []));
  if (name < 0 || classes.length === 0) return null;
  for (const i of classes) roles[i] = p[i]!.counts.class1 >= p[i]!.counts.class2 ? 'class1' : 'class2';
  roles[name] = 'name';
  roles[value] = 'target';
  return { roles, changed: roles.flatMap((role, col) => (role ? [{ col, role }] : [])) };
}

/** `三级指标 → name, 当年预期实现值 → target`: how the columns were read, for a diagnostic. */
export function describeInferred(labels: readonly string[], changed: Inferred['changed']): string {
  return changed.map(({ col, role }) => `${labels[col] || `column ${col + 1}`} → ${role ?? 'none'}`).join(', ');
}

const OPERATOR_ONLY = /^(?:[≥≤><=＝≧≦＞＜═]=?|大于等于|小于等于|不低于|不高于|不少于|不超过)$/;
const SHORT_UNIT = /^(?:%|％|‰|[\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5]{1,2})?|[A-Za-z]{1,3})$/;

/** Of a column's filled cells (at least two), the share that pass. */
function share(rows: readonly (readonly string[])[], col: number, test: (cell: string) => boolean): number {
  const cells = rows.map((r) => r[col] ?? '').filter(Boolean);
  return cells.length < 2 ? 0 : cells.filter(test).length / cells.length;
}

/**
 * Rows that lost their empty cells (flattened text), read from the right where their cells still line up: an operator
 * column, the number after it, its unit, the achieved value, then 分值 | 得分; the name before the operator, classes
 * before the name. `rows` are right-aligned (padded on the left) already. Null unless an operator column is there.
 */
export function inferFromRight(rows: readonly (readonly string[])[]): Inferred | null {
  if (rows.length < 2) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const op = Array.from({ length: width }, (_, i) => i).find((i) => share(rows, i, (c) => OPERATOR_ONLY.test(c)) >= 0.6);
  if (op === undefined || op < 1 || share(rows, op + 1, isNumber) < 0.6 || share(rows, op - 1, (c) => kindOf(c) === 'text') < 0.6) return null;
  const roles: (Role | null)[] = Array.from({ length: width }, () => null);
  roles[op - 1] = 'name';
  roles[op] = 'operator';
  roles[op + 1] = 'target';
  let next = op + 2;
  if (share(rows, next, (c) => SHORT_UNIT.test(c)) >= 0.6) roles[next++] = 'unit';
  if (share(rows, next, (c) => kindOf(c) === 'quantity' || isNumber(c)) >= 0.6 && next < width - 2) roles[next++] = 'achieved';
  // Two columns of points close a self-evaluation row: 分值, then 得分.
  if (width - next === 2 && share(rows, next, isNumber) >= 0.6 && share(rows, next + 1, isNumber) >= 0.6) [roles[next], roles[next + 1]] = ['max', 'got'];
  for (let i = 0; i < op - 1; i++) {
    const classes = rows.map((r) => r[i] ?? '').filter((c) => c && classLabel(c));
    if (classes.length > 0) roles[i] = classes.some((c) => classLabel(c)!.level === 1) ? 'class1' : 'class2';
  }
  return { roles, changed: roles.flatMap((role, col) => (role ? [{ col, role }] : [])) };
}

/**
 * 年度指标值 over three cells with no second header row (≥ | 95 | %): the operator, the number and the unit each get
 * their column, in whichever of the cells under the value they were written.
 */
function splitValueCells(out: (Role | null)[], rows: readonly (readonly string[])[], set: (col: number, role: Role | null) => void): void {
  const t = out.indexOf('target');
  if (t < 0) return;
  const free = (i: number) => i < out.length + 4 && (out[i] === null || out[i] === undefined);
  const ops = (i: number) => share(rows, i, (c) => OPERATOR_ONLY.test(c)) >= 0.6;
  const nums = (i: number) => share(rows, i, isNumber) >= 0.6;
  const units = (i: number) => share(rows, i, (c) => SHORT_UNIT.test(c) && !OPERATOR_ONLY.test(c)) >= 0.6;
  if (ops(t) && free(t + 1) && nums(t + 1)) {
    set(t, 'operator');
    set(t + 1, 'target');
    if (free(t + 2) && units(t + 2)) set(t + 2, 'unit');
  } else if (nums(t) && free(t + 1) && units(t + 1) && !out.includes('unit')) {
    set(t + 1, 'unit');
  }
}
