// A data row whose cells sit off by merged cells upstream → the header column each cell belongs to.
//   header [一级, 二级, 三级, 年度指标值], row ['', 效益指标, 社会效益指标, '', 名称, '≥4场'] → offset +1 … by cell shape
import type { Role } from './columns.js';
import { classLabel } from '../assemble/taxonomy.js';
import { toNumber } from './text.js';

export interface Header {
  line: number;
  /** Role of each header column, or null for an unnamed column. */
  roles: (Role | null)[];
  /** Header cell texts. */
  labels: string[];
}


// A value starts with an operator or a number, or ends in a number and its unit.
const VALUE_HINT =
  /^[≥≤＞＜><≧≦=＝约近超]|^[\d０-９]|[\d０-９][.,]?[\d０-９]*\s*(?:%|％|[\u4e00-\u9fa5]{1,4})?(?:以上|以下|以内|左右)?$|^(?:是|否|合格|达标|完成|已完成|满足|合规|持平|提高|提升|增强|良好|无)$/;
const BARE_VALUE = /^[≥≤＞＜><≧≦约]?\s*[\d０-９][\d,.]*\s*\S{0,3}$/;
// A value dressed as words (不低于98%, 较上年提高5%) is not a name: it opens with a comparison or ends in a figure.
const WORDY_VALUE =
  /^(?:不低于|不少于|不高于|不超过|大于|小于|低于|高于|达到|超过|较上年)|[\d０-９][.,．]?[\d０-９]*\s*(?:%|％|[\u4e00-\u9fa5]{1,2})?(?:以上|以下|以内|左右)?$/;

export function isNumber(cell: string): boolean {
  return toNumber(cell) !== null;
}

/**
 * What a cell looks like, computed once per row and reused for every candidate shift. Each test runs when a
 * column role first asks for it: most rows fit their header as they are, and then a 得分 cell is only asked
 * whether it is a number, a name cell never whether it holds a digit.
 */
class Shape {
  readonly empty: boolean;
  readonly length: number;
  private readonly short: boolean;
  private isNum: boolean | undefined;
  private isKlass: boolean | undefined;
  private isValue: boolean | undefined;
  private isBare: boolean | undefined;
  private isWordy: boolean | undefined;
  private hasDigit: boolean | undefined;
  private isOp: boolean | undefined;
  private isPerUnit: boolean | undefined;

  constructor(private readonly cell: string) {
    this.empty = cell === '';
    this.length = cell.length;
    this.short = cell.length <= 24;
  }

  get num(): boolean {
    return (this.isNum ??= isNumber(this.cell));
  }
  get klass(): boolean {
    return (this.isKlass ??= this.short && classLabel(this.cell) !== null);
  }
  get value(): boolean {
    // A clause with a comma (定性评价，视情况扣1-5分) is a note, however it ends.
    return (this.isValue ??= this.short && VALUE_HINT.test(this.cell) && !/[，；。]/.test(this.cell));
  }
  get bare(): boolean {
    return (this.isBare ??= this.short && BARE_VALUE.test(this.cell));
  }
  get wordy(): boolean {
    return (this.isWordy ??= this.short && WORDY_VALUE.test(this.cell));
  }
  get digit(): boolean {
    return (this.hasDigit ??= /[\d０-９]/.test(this.cell));
  }
  /** Only an operator: ≥, 定性, 正向. */
  get op(): boolean {
    return (this.isOp ??= this.short && OPERATOR_ONLY.test(this.cell));
  }
  /** A compound unit and nothing else: 万元/座, 次/日. */
  get perUnit(): boolean {
    return (this.isPerUnit ??= this.short && PER_UNIT.test(this.cell));
  }
  /** A score that is not a plain number: 6/7 (of a maximum), 满分, 9.5分. */
  get points(): boolean {
    return this.short && /^\s*(?:\d+(?:\.\d+)?\s*(?:[/／]\s*\d+(?:\.\d+)?)?\s*分?|满分)\s*$/.test(this.cell);
  }
  get percent(): boolean {
    return this.cell.includes('%') || this.cell.includes('％');
  }
}

const EMPTY = new Shape('');
const PER_UNIT = /^[^\d\s/]{1,4}[/／][^\d\s/]{1,4}$/;
const OPERATOR_ONLY = /^(?:[≥≤><=＞＜＝≧≦]{1,2}|定性|定量|正向|反向|中性)$/;

function shapeOf(cell: string): Shape {
  return cell === '' ? EMPTY : new Shape(cell);
}

/** How well a cell fits a column role: positive fits, negative contradicts. */
function fit(role: Role | null, c: Shape): number {
  if (role === null) return 0;
  if (c.empty) return role === 'name' ? -2 : role === 'serial' || role === 'operator' || role === 'unit' ? 1 : 0;
  switch (role) {
    case 'name':
      if (c.num) return -3;
      if (c.op || c.perUnit) return -2;
      // A value dressed as a name: a class label, 12个, 不低于98%, 100%（全覆盖）.
      if (c.klass || c.bare || c.wordy || (c.value && c.percent)) return -1;
      return c.length > 80 ? 0 : 2;
    case 'target':
    case 'periodTarget':
    case 'achieved':
    case 'reference':
      if (c.num || c.value) return 2;
      // Qualitative values are short text (与上年度持平); a stated figure may come with words around it.
      return c.length <= 20 || (c.length <= 40 && c.digit) ? 1 : c.length > 60 ? -1 : 0;
    case 'max':
    case 'got':
      return c.num || c.points ? 2 : -3;
    case 'budget':
      return c.num ? 2 : c.digit ? 0 : -2;
    case 'serial':
      return c.num ? 1 : c.length > 8 ? -2 : 0;
    case 'class1':
    case 'class2':
      if (c.num) return -2;
      // Text that is not a class label in a class column is more often a name pushed left.
      return c.klass ? 2 : -1;
    case 'detail':
    case 'explanation':
    case 'goal':
      if (c.num) return -3;
      return c.length > 15 ? 1 : 0;
    case 'operator':
      return c.op ? 2 : c.length <= 6 && !c.num ? 1 : -1;
    case 'unit':
      // 人, 公里, 万人次 — a four-character word (定性指标) is more often a note than a unit.
      return c.perUnit ? 2 : c.length <= 3 ? 1 : c.length <= 6 ? 0 : -1;
    case 'group':
    case 'indicators':
      return c.num ? -2 : 0;
  }
}

function lastFilled(cells: readonly string[]): number {
  let i = cells.length - 1;
  while (i >= 0 && cells[i] === '') i--;
  return i;
}

function scoreOffset(shapes: readonly Shape[], header: Header, offset: number): number {
  let total = 0;
  let max = false;
  let got = false;
  header.roles.forEach((role, h) => {
    const shape = shapes[h + offset] ?? EMPTY;
    total += fit(role, shape);
    if (role === 'max' && !shape.empty) max = true;
    if (role === 'got' && !shape.empty) got = true;
  });
  // A 分值 with no 得分 beside it is more likely a shifted row than a blank score.
  if (max && !got && header.roles.includes('got')) total -= 2;
  // Cells that fall outside the header carry data that would be lost.
  shapes.forEach((shape, i) => {
    if (!shape.empty && (i - offset < 0 || i - offset >= header.roles.length)) total -= 2;
  });
  return total;
}

/** The shift of the row against its header that best fits what each cell looks like. */
export function bestOffset(cells: readonly string[], header: Header): number {
  const right = lastFilled(cells) - lastFilled(header.labels);
  const shapes = cells.map(shapeOf);
  // A row where every cell fits its own column needs no search.
  if (cells.length <= header.roles.length && header.roles.every((role, h) => fit(role, shapes[h] ?? EMPTY) >= 0)) return 0;
  const candidates = [0, right, -1, 1, -2, 2, -3, 3];
  let best = 0;
  let bestScore = -Infinity;
  for (const offset of candidates) {
    // Most rows sit where their header says; a shift must fit clearly better to win.
    const bias = offset === 0 ? 2 : offset === right ? 1 : 0;
    const s = scoreOffset(shapes, header, offset) + bias;
    if (s > bestScore) {
      best = offset;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Text copied out of PDF loses its empty cells, so a row of spaces-separated cells is not shifted but gapped:
 * each cell goes to the column that fits it, in order, skipping the columns whose cells vanished.
 * Returns the column of each cell, or null when the row has more cells than the header has columns.
 */
export function gapColumns(cells: readonly string[], header: Header): number[] | null {
  const m = cells.length;
  const n = header.roles.length;
  if (m > n) return null;
  const shapes = cells.map(shapeOf);
  // best[i][j]: the best fit of the first i cells in the first j columns.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  for (let j = 0; j <= n; j++) best[0]![j] = j === 0 ? 0 : best[0]![j - 1]! + gapCost(header.roles[j - 1] ?? null);
  for (let i = 1; i <= m; i++) {
    for (let j = i; j <= n; j++) {
      const role = header.roles[j - 1] ?? null;
      best[i]![j] = Math.max(best[i]![j - 1]! + gapCost(role), best[i - 1]![j - 1]! + fit(role, shapes[i - 1]!));
    }
  }
  const columns = new Array<number>(m);
  for (let i = m, j = n; i > 0; j--) {
    const role = header.roles[j - 1] ?? null;
    // On a tie the column is skipped, so the cell lands further left: most rows sit where their header says.
    if (j > i && best[i]![j]! === best[i]![j - 1]! + gapCost(role)) continue;
    columns[--i] = j - 1;
  }
  return columns;
}

/** What a vanished cell costs: a blank 分值 or 得分 is rarer than a blank 实际完成值, so numbers slide to the scores. */
function gapCost(role: Role | null): number {
  return role === 'got' || role === 'max' ? -1 : fit(role, EMPTY);
}

/** Cells by header column after alignment, and the shift of the row (for a gapped row: at its name). */
export function alignRow(cells: readonly string[], header: Header, gapped = false): { offset: number; at: (col: number) => string } {
  const columns = gapped ? gapColumns(cells, header) : null;
  if (columns) {
    const byColumn = new Map<number, string>();
    columns.forEach((col, i) => byColumn.set(col, cells[i] ?? ''));
    const nameCol = header.roles.findIndex((r) => r === 'name' || r === 'indicators');
    const before = nameCol < 0 ? 0 : columns.filter((col) => col < nameCol).length;
    return { offset: nameCol < 0 ? 0 : before - nameCol, at: (col) => byColumn.get(col) ?? '' };
  }
  const offset = bestOffset(cells, header);
  return { offset, at: (col: number): string => cells[col + offset] ?? '' };
}
