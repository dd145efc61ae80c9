// A data row under an indicator header → draft indicators, with group and class carried down.
//   header [三级指标, 年度指标值, 实际完成值], row ['培训人次', '≥150人次', '168人次'] → Draft { name, target, achieved }
import { alignRow, isNumber, type Header } from '../extract/align.js';
import { isDerivedColumn, roleOf, type Role } from '../extract/columns.js';
import { labelWithoutUnit, unitInBrackets } from '../extract/header.js';
import { classLabel, classPath, ClassTracker, isCutClassLabel, LIST_MARK } from './taxonomy.js';
import { foldDigits, toNumber } from '../extract/text.js';
import { emptyDraft, type Collector, type Draft } from './collector.js';
import { readEnumerated } from './enumerated-rows.js';
import { takeRowAmount } from './budget-grid.js';

/** What carries from row to row within one table. */
export interface TableState {
  header: Header;
  group: string | null;
  classes: ClassTracker;
  /** Class texts outside the national taxonomy (履职效能, 预算管理…), by level. */
  custom: [string | null, string | null];
  /** Rows read, and the row each level was last written on: as the form's own words, or as a taxonomy label. */
  row: number;
  customAt: [number, number];
  statedAt: [number, number];
  lastIndicatorsCell: string;
  /** Drafts read before the table's first class label: a merged class cell may sit below them. */
  unclassed: Draft[];
}

export function newTableState(header: Header): TableState {
  return {
    header, group: null, classes: new ClassTracker(), custom: [null, null], row: 0, customAt: [-1, -1], statedAt: [-1, -1],
    lastIndicatorsCell: '', unclassed: [],
  };
}

const columnsByHeader = new WeakMap<Header, Map<Role, number[]>>();

/** The columns of a role, indexed once per header: rows ask for them many times. */
function cols(header: Header, role: Role): readonly number[] {
  let byRole = columnsByHeader.get(header);
  if (!byRole) {
    byRole = new Map();
    header.roles.forEach((r, i) => {
      if (r) byRole!.set(r, [...(byRole!.get(r) ?? []), i]);
    });
    columnsByHeader.set(header, byRole);
  }
  return byRole.get(role) ?? NONE;
}

const NONE: readonly number[] = [];

/** The 分值 column of the indicator itself: the first after the name, else the last before it. */
function maxColumn(header: Header, nameCol: number): number | undefined {
  const all = cols(header, 'max');
  return all.find((i) => i > nameCol) ?? all.filter((i) => i < nameCol).pop();
}

const CLASS_COLUMN = /[一二]级指标/;
const NOT_CLASS_ROLES: ReadonlySet<Role> = new Set(['indicators', 'name', 'target', 'achieved', 'max', 'got']);

function hasClassColumns(header: Header): boolean {
  return cols(header, 'class1').length > 0 || cols(header, 'class2').length > 0;
}

// 其中：部门年度整体预算完成率 98%  → name and value in one cell.
const NAME_VALUE = /^(?:其中[：:]\s*)?(.{2,60}?)\s*((?:[≥≤><＞＜]=?|不低于|不少于|不超过|约)?\s*[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fa5]{1,3})?)$/d;

export function readIndicatorRow(cells: readonly string[], line: number, t: TableState, c: Collector, gapped = false): boolean {
  const { header } = t;
  const { at, offset } = alignRow(cells, header, gapped);
  const nameCol = cols(header, 'name')[0];
  const indicatorsCol = cols(header, 'indicators')[0];
  const groupCol = cols(header, 'group')[0];
  if (groupCol !== undefined && at(groupCol)) t.group = at(groupCol);
  // A project's money in a table of projects (项目名称 | 年度预算（万元） | … | 绩效指标).
  const budgetCol = cols(header, 'budget')[0];
  if (budgetCol !== undefined) takeRowAmount(t.group ?? at(cols(header, 'name')[0] ?? -1), header.labels[budgetCol] ?? '', at(budgetCol), line, c);
  const edge = (nameCol ?? indicatorsCol ?? header.roles.length) + offset;
  takeClasses(cells, edge, t, header, at);
  takeShiftedClass(cells, edge, offset, t);
  placeUnclassed(t);
  if (nameCol === undefined) return indicatorsCol !== undefined && readEnumerated(at(indicatorsCol), line, t, c);

  const draft = emptyDraft(line);
  draft.group = t.group;
  draft.category = category(t);
  let name = at(nameCol);
  const maxCol = maxColumn(header, nameCol);
  let max = maxCol === undefined ? '' : at(maxCol);
  if (isNumber(name) && max && !isNumber(max)) [name, max] = [max, name];
  draft.target = joinedTarget(header, at);
  draft.periodTarget = first(header, 'periodTarget', at);
  draft.achieved = first(header, 'achieved', at);
  draft.max = scoreOf(max, line, c);
  const gotCell = first(header, 'got', at) ?? '';
  // '6/7' is 6 points of 7; '满分' is the whole 分值.
  const outOf = SCORE_OUT_OF.exec(gotCell);
  if (outOf) {
    draft.got = Number(outOf[1]);
    draft.max ??= Number(outOf[2]);
  } else {
    draft.got = FULL_MARKS.test(gotCell) && draft.max !== null ? draft.max : scoreOf(gotCell, line, c);
  }
  draft.detail = cols(header, 'detail').map(at).filter(Boolean).join('；') || null;
  draft.unit = tableUnit(header, 'target');
  const valued = draft.target !== null || draft.achieved !== null || draft.periodTarget !== null || draft.max !== null || draft.got !== null;

  // A class in the name column ('一、产出指标 | | | 50 | 49') heads the rows below it; its points are a subtotal.
  // Classes are the scored items only where the name column is a class column (一级指标 | 分值 | 得分), and a
  // row with a target or result is an indicator whatever its name (服务对象满意度 is also a class's short name).
  // Under 一级/二级 columns a scored 社会效益 in the 三级 column is an indicator, unless numbered like a heading (一、).
  const measured = draft.target !== null || draft.achieved !== null || draft.periodTarget !== null;
  const subtotal = !CLASS_COLUMN.test(header.labels[nameCol] ?? '') && (!hasClassColumns(header) || LIST_MARK.test(name));
  if (name && classLabel(name) && !measured && (!valued || subtotal)) {
    if (valued) c.used.add(line);
    return true;
  }
  if (!name) {
    const split = splitNameValue(cells, edge);
    if (split) {
      name = split.name;
      draft.target ??= split.value;
      if (draft.achieved?.startsWith(name)) draft.achieved = draft.achieved.slice(name.length).trim();
    } else if (draft.max === null && draft.got === null) {
      return false;
    }
  }
  if (!name && !valued) return false;
  // A row that states nothing but its name is an indicator only if the name reads as one (not ……, not an instruction).
  // A class label with only words beside it (产出指标 (40-50)分 | 数量指) is a row of classes cut short, not an indicator.
  const targetOnly = draft.achieved === null && draft.periodTarget === null && draft.max === null && draft.got === null;
  // An instruction to the clerk in the value cell (…（200字以内）) is no target either.
  if (targetOnly && ((!DIGIT.test(draft.target ?? '') && isNotAName(name)) || /字以内/.test(draft.target ?? ''))) return false;
  const read = nameAsRead(name);
  draft.name = read.name;
  draft.max ??= read.weight;
  for (const one of listedIndicators(draft)) {
    if (one.category.length === 0) t.unclassed.push(one);
    c.drafts.push(one);
  }
  c.used.add(line);
  reportUnusedCells(header, at, name, line, c);
  if (!name) c.notes.push({ severity: 'warning', code: 'unnamed-indicator', line, message: 'Unexpected scored row without an indicator name; kept so the scores add up' });
  return true;
}

const DIGIT = /\d/;
// A row label or list number before the name: 指标6：, 1、, 2. (not 1.5亩), （3）.
const NAME_LABEL = /^(?:指标\s*\d{1,3}\s*[：:、.．]\s*|\d{1,3}\s*、\s*|\d{1,3}\s*[.．](?!\d)\s*|[（(]\s*\d{1,3}\s*[)）]\s*)(?=\S)/;
// The weight after it: （4分） is the indicator's 分值.
const NAME_WEIGHT = /\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;

/** The name as people read it (SPEC §3): without its row label or list number, and its weight as score.max. */
function nameAsRead(cell: string): { name: string; weight: number | null } {
  let name = cell.replace(NAME_LABEL, '');
  const w = NAME_WEIGHT.exec(name);
  if (w && w.index > 0) name = name.slice(0, w.index);
  return name ? { name, weight: w && w.index > 0 ? Number(w[1]) : null } : { name: cell, weight: null };
}

/** A number in a column no field reads (上年指标值, 预计完成值, 得分率, an unnamed one) is reported, never dropped in silence. */
function reportUnusedCells(header: Header, at: (col: number) => string, name: string, line: number, c: Collector): void {
  header.roles.forEach((role, col) => {
    const cell = (role === null || role === 'reference') && !isDerivedColumn(header.labels[col] ?? '') ? at(col) : '';
    // A sentence with a number in it (a 评价标准 or 说明 note) is narrative, not a figure left out.
    // The cell the name and value were split from (其中：…完成率 95%) fed the indicator.
    if (!DIGIT.test(cell) || cell.length > 24 || /[，。；,;]/.test(cell) || (name && cell.includes(name))) return;
    const label = header.labels[col] ? `under “${header.labels[col]}” ` : '';
    c.notes.push({ severity: 'info', code: 'unused-cell', line, message: `Cell ${label}fed no field of the indicator`, text: cell.length > 40 ? `${cell.slice(0, 37)}…` : cell });
  });
}
const LIST_SEPARATOR = /\s*[；;]\s*/;

// ……, ——, 无; an instruction to the clerk (…（200字以内）, 结合自评情况，说明…); 其他需要说明事项.
const NOT_A_NAME = /^[.。…—\-－_·\s]+$|^(?:无|其他|其它)$|字以内|^(?:其他|其它)(?:需要)?说明|[，,].*[。；]|[。；]$|^(?:评价结论|自评结论|存在问题|改进措施|整改措施|问题及原因)$/;

function isNotAName(name: string): boolean {
  return NOT_A_NAME.test(name) || classLabel(name) !== null || isCutClassLabel(name);
}

/**
 * Two indicators in one row, their names and values listed in step: '新建青贮池；新建草料棚 | ≥2万立方米；≥1.2万平方米'
 * → two drafts. A single name keeps its row whole, however many values it lists.
 */
function listedIndicators(draft: Draft): Draft[] {
  const names = draft.name.split(LIST_SEPARATOR).filter(Boolean);
  const targets = draft.target?.split(LIST_SEPARATOR).filter(Boolean) ?? [];
  if (names.length < 2 || targets.length !== names.length || draft.max !== null || draft.got !== null) return [draft];
  const achieved = draft.achieved?.split(LIST_SEPARATOR).filter(Boolean) ?? [];
  const periods = draft.periodTarget?.split(LIST_SEPARATOR).filter(Boolean) ?? [];
  return names.map((name, i) => ({
    ...draft,
    name,
    target: targets[i] ?? null,
    achieved: achieved.length === names.length ? (achieved[i] ?? null) : null,
    periodTarget: periods.length === names.length ? (periods[i] ?? null) : null,
  }));
}

const SCORE_OUT_OF = /^\s*(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)\s*分?\s*$/;
const FULL_MARKS = /^\s*(?:满分|全分|得满分)\s*$/;

// A score cell left blank on purpose: '-', '—', '/', 无, 不适用.
const NO_SCORE = /^(?:[-—–－/／\\]+|无|不适用|未评分|不计分)$/;

/** A 分值 or 得分 cell → its number ('10', '9.5分'); anything else is reported, not dropped. */
function scoreOf(cell: string, line: number, c: Collector): number | null {
  if (cell === '' || NO_SCORE.test(cell)) return null;
  const n = toNumber(cell.replace(/\s*分$/, ''));
  if (n === null) c.notes.push({ severity: 'warning', code: 'unreadable-score', line, message: `Unexpected score “${cell.length > 40 ? `${cell.slice(0, 37)}…` : cell}”, expected a number; the score is left empty` });
  return n;
}

function first(header: Header, role: Role, at: (col: number) => string): string | null {
  const col = cols(header, role)[0];
  const text = col === undefined ? '' : at(col);
  return text || null;
}

/** Operator, number and unit split over three cells form one value: ≥ | 735 | 人次 → ≥735人次. */
function joinedTarget(header: Header, at: (col: number) => string): string | null {
  const value = first(header, 'target', at);
  // A qualitative target written where the operator goes (有效 | | ), its number and unit cells left empty.
  if (value === null) return cols(header, 'operator').map(at).find((cell) => cell && !operatorOf(cell) && !OPERATOR_CELL.test(cell) && !PROPERTY.test(cell)) ?? null;
  const unit = first(header, 'unit', at) ?? '';
  // 指标性质 (正向, 反向) and 指标方向 (=, ≥) may both be there: a written symbol beats a direction word.
  const opCells = cols(header, 'operator').map(at);
  const opSymbol = opCells.find((cell) => OPERATOR_CELL.test(cell)) ?? opCells.map(operatorOf).find(Boolean) ?? '';
  return opSymbol + value + (unit && !value.endsWith(unit) ? unit : '');
}

// What a 指标性质 cell says of the indicator itself, not of its value.
const PROPERTY = /^(?:无|定性|定量|正向|反向|正向指标|反向指标|共性|个性|[-—–/／]+)$/;
const OPERATOR_CELL = /^[≥≤><=＝≧≦＞＜═]+$|^(?:大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过)$/;

/** An operator cell → the operator written before the value: ≥ as is; 正向 (more is better) → ≥, 反向 → ≤. */
function operatorOf(cell: string): string {
  if (OPERATOR_CELL.test(cell)) return cell;
  return cell === '正向' || cell === '正向指标' ? '≥' : cell === '反向' || cell === '反向指标' ? '≤' : '';
}

// The unit a value column's header states once: 指标值（%）, 年度指标值（万元）, 目标值（个）; not 年度指标值（2023年）.
const VALUE_UNIT = /[（(]\s*(?:单位\s*[：:]\s*)?(%|％|‰|[\u4e00-\u9fa5]{1,4})\s*[）)]\s*$/;

function tableUnit(header: Header, role: Role): string | null {
  const col = cols(header, role)[0];
  if (col === undefined) return null;
  const label = header.labels[col] ?? '';
  const unit = VALUE_UNIT.exec(label)?.[1] ?? null;
  return unit !== null && !/[年度季月含注说]/.test(unit) ? unit : unitInBrackets(label);
}

function takeClasses(cells: readonly string[], edge: number, t: TableState, header: Header, at: (col: number) => string): void {
  const row = ++t.row;
  for (let i = 0; i <= Math.min(edge, cells.length - 1); i++) {
    const label = classLabel(cells[i] ?? '');
    if (label) {
      t.classes.see(label);
      t.statedAt[label.level - 1] = row;
    }
    const path = label ? null : classPath(cells[i] ?? '');
    if (path) {
      t.classes.seePath(path);
      t.statedAt = [row, row];
    }
  }
  for (const [role, level] of [['class1', 0], ['class2', 1]] as const) {
    const col = cols(header, role)[0];
    const text = col === undefined ? '' : at(col);
    // The name of an indicator column (绩效指标, a merged header cell a PDF copy moved into the row) is no class
    // either; 绩效目标 is, in the 决策 framework.
    if (!text || isNumber(text) || classLabel(text) || classPath(text) || text.length > 20 || NOT_CLASS_ROLES.has(roleOf(text) as Role)) continue;
    t.custom[level] = labelWithoutUnit(text);
    t.customAt[level] = row;
    if (level === 0) t.custom[1] = null;
  }
}

// Where a class word shifted by a row's lost or extra cells lands: a score or serial column, or none.
const SHIFT_LANDING: ReadonlySet<Role | null> = new Set([null, 'max', 'serial']);

/**
 * A row shifted off its header writes its class where a number belongs (| 4 | 预算执行 | 结转结余率 |, the 二级指标
 * cell left holding the 分值): the one word before the name, in no class column, is the row's second-level class.
 */
function takeShiftedClass(cells: readonly string[], edge: number, offset: number, t: TableState): void {
  const { roles } = t.header;
  const words = cells.slice(0, Math.max(0, edge)).flatMap((cell, i) => {
    if (!cell || cell.length > 20 || isNumber(cell) || classLabel(cell) || classPath(cell) || roleOf(cell) !== null) return [];
    return SHIFT_LANDING.has(roles[i - offset] ?? null) && roles[i - offset] !== undefined ? [cell] : [];
  });
  if (words.length !== 1 || !roles.includes('class2')) return;
  t.custom[1] = labelWithoutUnit(words[0]!);
  t.customAt[1] = t.row;
}

/** Rows above the first class label of a table belong to that label's block. */
function placeUnclassed(t: TableState): void {
  if (t.unclassed.length === 0) return;
  const path = category(t);
  if (path.length === 0) return;
  for (const draft of t.unclassed) draft.category = path;
  t.unclassed = [];
}

/**
 * The class path of the current row. A form's own first-level word (运行成本) beats the parent the taxonomy infers from a
 * second-level label (经济成本指标 → 成本指标) unless a first-level label was written after it; at each level the more
 * recent of the form's word and the taxonomy label counts.
 */
function category(t: TableState): string[] {
  const [tax1, tax2] = t.classes.levels();
  const own1 = t.custom[0] !== null && t.customAt[0] >= t.statedAt[0] ? t.custom[0] : null;
  const own2 = t.custom[1] !== null && t.customAt[1] > t.statedAt[1] ? t.custom[1] : null;
  // Under the form's own first level, a second-level label seen before it belongs to the block above.
  const level2 = own2 ?? (own1 !== null && t.statedAt[1] < t.customAt[0] ? null : tax2);
  return [own1 ?? tax1, level2].filter((x): x is string => x !== null);
}

function splitNameValue(cells: readonly string[], edge: number): { name: string; value: string } | null {
  for (let i = 0; i < Math.min(edge, cells.length); i++) {
    const cell = cells[i] ?? '';
    // Matched on folded digits (９８％), cut from the cell as written: folding keeps every index.
    const m = NAME_VALUE.exec(foldDigits(cell));
    const [name, value] = [m?.indices?.[1], m?.indices?.[2]];
    if (m?.[1] && name && value && /[\u4e00-\u9fa5]/.test(m[1])) return { name: cell.slice(...name).trim(), value: cell.slice(...value).trim() };
  }
  return null;
}
