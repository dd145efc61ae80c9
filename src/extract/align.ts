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

export function isNumber(cell: string): boolean {
  return toNumber(cell) !== null;
}

function looksLikeValue(cell: string): boolean {
  return cell.length <= 24 && VALUE_HINT.test(cell);
}

/** How well a cell fits a column role: positive fits, negative contradicts. */
function fit(role: Role | null, cell: string): number {
  const empty = cell === '';
  const num = !empty && isNumber(cell);
  switch (role) {
    case null:
      return 0;
    case 'name':
      if (empty) return -2;
      if (num) return -3;
      if (classLabel(cell)) return -1;
      if (BARE_VALUE.test(cell)) return -1;
      return cell.length > 80 ? 0 : 2;
    case 'target':
    case 'periodTarget':
    case 'achieved':
      if (empty) return 0;
      if (num || looksLikeValue(cell)) return 2;
      // Qualitative values are short text (与上年度持平); a stated figure may come with words around it.
      return cell.length <= 20 || (cell.length <= 40 && /\d/.test(cell)) ? 1 : cell.length > 60 ? -1 : 0;
    case 'max':
    case 'got':
      if (empty) return 0;
      return num ? 2 : -3;
    case 'serial':
      return empty || num ? 1 : cell.length > 8 ? -2 : 0;
    case 'class1':
    case 'class2':
      if (empty) return 0;
      if (num) return -2;
      return classLabel(cell) ? 2 : cell.length > 20 ? -1 : 0;
    case 'detail':
    case 'explanation':
    case 'goal':
      if (empty) return 0;
      if (num) return -3;
      return cell.length > 15 ? 1 : 0;
    case 'operator':
      return empty || /^[≥≤><=＝≧≦＞＜]+$|^(?:大于|小于|等于|不低于|不高于|不少于|不超过|正向|反向|定性|定量)/.test(cell) ? 1 : -1;
    case 'unit':
      return empty || cell.length <= 6 ? 1 : -1;
    case 'group':
    case 'indicators':
      return num ? -2 : 0;
  }
}

function lastFilled(cells: readonly string[]): number {
  let i = cells.length - 1;
  while (i >= 0 && cells[i] === '') i--;
  return i;
}

function scoreOffset(cells: readonly string[], header: Header, offset: number): number {
  let total = 0;
  header.roles.forEach((role, h) => {
    total += fit(role, cells[h + offset] ?? '');
  });
  // Cells that fall outside the header carry data that would be lost.
  cells.forEach((cell, i) => {
    if (cell !== '' && (i - offset < 0 || i - offset >= header.roles.length)) total -= 2;
  });
  return total;
}

/** The shift of the row against its header that best fits what each cell looks like. */
export function bestOffset(cells: readonly string[], header: Header): number {
  const right = lastFilled(cells) - lastFilled(header.labels);
  const candidates = [0, right, -1, 1, -2, 2, -3, 3];
  let best = 0;
  let bestScore = -Infinity;
  for (const offset of candidates) {
    // Most rows sit where their header says; a shift must fit clearly better to win.
    const bias = offset === 0 ? 2 : offset === right ? 1 : 0;
    const s = scoreOffset(cells, header, offset) + bias;
    if (s > bestScore) {
      best = offset;
      bestScore = s;
    }
  }
  return best;
}

/** Cells by role after alignment; a name and a score cell in each other's place are swapped back. */
export function alignRow(cells: readonly string[], header: Header): { byRole: Map<Role, number[]>; offset: number; at: (col: number) => string } {
  const offset = bestOffset(cells, header);
  const at = (col: number): string => cells[col + offset] ?? '';
  const byRole = new Map<Role, number[]>();
  header.roles.forEach((role, h) => {
    if (!role) return;
    const list = byRole.get(role) ?? [];
    list.push(h);
    byRole.set(role, list);
  });
  return { byRole, offset, at };
}
