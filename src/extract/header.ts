// A table row → is it a header, and of which kind (indicator table, budget grid, narrative table)?
//   ['一级指标', '二级指标', '三级指标', '年度指标值'] → { kind: 'indicators', roles: ['class1', 'class2', 'name', 'target'] }
import { roleOf, VALUE_ROLES, type Role } from './columns.js';
import { isNumber } from './align.js';

export type HeaderKind = 'indicators' | 'budget' | 'narrative';

export interface DetectedHeader {
  kind: HeaderKind;
  roles: (Role | null)[];
}

// 基本支出 / 项目支出 head the columns of a department's budget line (资金总额 | 基本支出 | 项目支出).
export const BUDGET_WORDS = /预算数|执行数|执行率|预算金额|总预算|预算资金|资金总额|决算数|预算情况|资金情况|项目资金|资金来源|收入来源|预算执行|资金投入|全年预算|年初预算|基本支出|项目支出|资金（|资金\(/;
export const UNIT_IN_BRACKETS = /[（(]\s*(?:单位\s*[：:]\s*)?(万亿元|亿元|百万元|千元|万元|元)\s*[）)]/;

export function detectHeader(cells: readonly string[]): DetectedHeader | null {
  // A header row may open with the block's long label (绩效指标(权重分值90分,其中…) | 一级指标 | 二级指标 | …):
  // the label is no column; the words after it are the header.
  const lead = cells.findIndex((c) => c !== '');
  if (lead >= 0 && cells[lead]!.length > 40 && !isNumber(cells[lead]!)) {
    const rest = detectHeader(cells.map((c, i) => (i === lead ? '' : c)));
    return rest && rest.roles.filter(Boolean).length >= 3 ? rest : null;
  }
  const filled = cells.filter((c) => c !== '');
  // Header cells are short words; a row with figures or sentences is data.
  if (filled.length < 2 || filled.some((c) => c.length > 40 || isNumber(c) || /^[≥≤><＞＜]/.test(c))) return null;
  const budgetHits = filled.filter((c) => BUDGET_WORDS.test(c)).length;
  const roles = cells.map((c) => (c === '' ? null : roleOf(c)));
  const known = new Set(roles.filter((r): r is Role => r !== null));
  if (budgetHits >= 2 || (budgetHits === 1 && filled.some((c) => UNIT_IN_BRACKETS.test(c)) && !known.has('name'))) {
    return { kind: 'budget', roles };
  }
  if (known.size < 2) return null;
  const hasValue = [...known].some((r) => VALUE_ROLES.has(r));
  // A table of scores by class (一级指标 | 分值 | 得分): the class is what is scored, so it is the name.
  if ((known.has('max') || known.has('got')) && !known.has('name') && !known.has('indicators') && !known.has('target') && !known.has('achieved')) {
    const last = Math.max(roles.lastIndexOf('class1'), roles.lastIndexOf('class2'));
    if (last >= 0) return { kind: 'indicators', roles: roles.map((r, i) => (i === last ? 'name' : r)) };
  }
  // 年度总体目标 | 预期目标 | 实际完成情况 frames the goal text, not indicators: no column names an indicator.
  const goalGrid = known.has('goal') && !['name', 'indicators', 'class1', 'class2'].some((r) => known.has(r as Role));
  if (goalGrid && !known.has('max') && !known.has('got')) return { kind: 'narrative', roles };
  if (hasValue && (known.has('name') || known.has('indicators') || known.has('target') || known.has('achieved'))) {
    // 一级指标 | 二级指标 | 绩效指标 | 指标值: beside a value column, 绩效指标 names one indicator per row, not a list.
    const named = !known.has('name') && known.has('indicators') && (known.has('target') || known.has('achieved'));
    return { kind: 'indicators', roles: named ? roles.map((r) => (r === 'indicators' ? 'name' : r)) : roles };
  }
  if (!hasValue && known.size >= 2 && (known.has('goal') || known.has('group'))) return { kind: 'narrative', roles };
  return null;
}

// A row is asked again and again: by the walk, by the look-ahead below each header, and by each form's own read.
const rowHeaders = new WeakMap<readonly string[], DetectedHeader | null>();

/** detectHeader for a line's own cells (never changed once read), kept per row; the caller gets its own copy. */
export function rowHeader(cells: readonly string[]): DetectedHeader | null {
  let found = rowHeaders.get(cells);
  if (found === undefined) rowHeaders.set(cells, (found = detectHeader(cells)));
  return found && { kind: found.kind, roles: [...found.roles] };
}

/** A row of column names only (分值 | 得分 under a merged 评分): its roles, or null when any filled cell is not a column name. */
export function subHeaderRoles(cells: readonly string[]): (Role | null)[] | null {
  const roles = cells.map((c) => (c === '' ? null : roleOf(c)));
  const filled = cells.filter((c) => c !== '').length;
  return filled > 0 && roles.filter((r) => r !== null).length === filled ? roles : null;
}

/** Merges a second header row into the first: 年度指标值 above 指标性质 | 指标值 | 度量单位. */
export function mergeHeaders(top: (Role | null)[], below: (Role | null)[]): (Role | null)[] {
  const n = Math.max(top.length, below.length);
  const merged: (Role | null)[] = [];
  for (let i = 0; i < n; i++) merged.push(below[i] ?? top[i] ?? null);
  return merged;
}

/** The money unit a header cell or text states in brackets: 预算金额（万元） → 万元. */
export function unitInBrackets(text: string): string | null {
  return UNIT_IN_BRACKETS.exec(text)?.[1] ?? null;
}

/** A header label without its unit: 预算金额（万元） → 预算金额. */
export function labelWithoutUnit(text: string): string {
  return text.replace(UNIT_IN_BRACKETS, '').replace(/[：:]$/, '').trim();
}

/**
 * Several target columns: the adjusted one of an adjustment form (调整后指标值), else by year (2024年指标值 |
 * 2025年指标值 | 2026年指标值) the document's year; the others are kept out of the target. Roles are returned
 * unchanged when neither tells them apart.
 */
export function targetOfYear(roles: (Role | null)[], labels: readonly string[], year: number | null): (Role | null)[] {
  // 2022年实际完成值 in a 2023 form is last year's result, not this year's.
  const yearAt = (i: number) => Number(/((?:19|20)\d{2})\s*年/.exec(labels[i] ?? '')?.[1] ?? NaN);
  if (year !== null) roles = roles.map((r, i) => (r === 'achieved' && !Number.isNaN(yearAt(i)) && yearAt(i) !== year ? 'reference' : r));
  const targets = roles.flatMap((r, i) => (r === 'target' ? [i] : []));
  if (targets.length < 2) return roles;
  // An adjustment form: 原年度指标值 | 调整后年度指标值 — the adjusted value is the target now.
  const adjusted = targets.find((i) => /调整后|调整为|修改后|变更后/.test(labels[i] ?? ''));
  if (adjusted !== undefined) return roles.map((r, i) => (r === 'target' && i !== adjusted ? null : r));
  if (year === null) return roles;
  const yearOf = (i: number) => Number(/((?:19|20)\d{2})\s*年/.exec(labels[i] ?? '')?.[1] ?? NaN);
  if (!targets.some((i) => yearOf(i) === year)) return roles;
  return roles.map((r, i) => (r === 'target' && !Number.isNaN(yearOf(i)) && yearOf(i) !== year ? null : r));
}
