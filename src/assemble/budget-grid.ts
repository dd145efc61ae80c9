// Budget grid rows → budget figures; the unit comes from the header cell above or the grid's header.
//   header ['', '基本支出', '预算金额（万元）'], row ['', '基本支出', '15,230.73'] → { item: '基本支出', column: '预算金额', raw: '15,230.73', unit: '万元' }
import { isNumber } from '../extract/align.js';
import { foldDigits, startsWithFigure } from '../extract/text.js';
import { labelWithoutUnit, unitInBrackets } from '../extract/header.js';
import type { Collector } from './collector.js';

export interface Grid {
  /** Header rows since the last figures, top first. */
  headers: string[][];
  /** True once a row of figures was read under the current headers. */
  readFigures: boolean;
  /** A unit an inline budget line stated for the rows below it: 项目资金（万元）. */
  unit?: string | null;
}

// 1,234.56, 98.5%, 3,260.00万元, and Excel's ¥1,234.56.
const FIGURE = /^[¥￥]?[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|万亿元|亿元|百万元|千元|万元|元|万|亿)?$/;
const DESCRIPTION = /内容|说明|描述|目标|依据|用途/;
const SCORE_COLUMN = /^(分值|权重|得分|自评分|评分)$/;

export function isFigure(cell: string): boolean {
  const c = cell.charCodeAt(0);
  return (startsWithFigure(cell) || c === 0xa5 || c === 0xffe5) && FIGURE.test(foldDigits(cell));
}

export function hasFigures(cells: readonly string[]): boolean {
  return cells.some(isFigure);
}

function above(grid: Grid, col: number): string | null {
  for (let r = grid.headers.length - 1; r >= 0; r--) {
    const cell = grid.headers[r]?.[col];
    if (cell) return cell;
  }
  return null;
}

function gridUnit(grid: Grid): string | null {
  if (grid.unit) return grid.unit;
  for (const row of grid.headers) for (const cell of row) {
    const unit = unitInBrackets(cell);
    if (unit) return unit;
  }
  return null;
}

/** A unit a label cell left of the figure states: 项目资金（万元） | 年度资金总额 | 3,260.00. */
function rowUnit(cells: readonly string[], col: number): string | null {
  for (let i = col - 1; i >= 0; i--) {
    const unit = unitInBrackets(cells[i] ?? '');
    if (unit) return unit;
  }
  return null;
}

/** Reads one row of figures. Returns true when anything was taken. */
export function readGridRow(cells: readonly string[], line: number, grid: Grid, c: Collector): boolean {
  grid.readFigures = true;
  let label: string | null = null;
  let taken = false;
  cells.forEach((cell, col) => {
    if (cell === '') return;
    if (!isFigure(cell)) {
      // A label names something: a dash or a lone symbol does not, nor a description under 主要内容.
      // A figure with words (-2.18个百分点) is not a name either.
      if (!isNumber(cell) && !/^[-+−]?\d/.test(cell) && /[\u4e00-\u9fa5A-Za-z]/.test(cell) && !DESCRIPTION.test(above(grid, col) ?? '')) {
        label = labelWithoutUnit(cell);
      }
      return;
    }
    const head = above(grid, col);
    const column = head ? labelWithoutUnit(head) : null;
    // 分值 and 得分 of the execution row are points, not money: never scaled by the grid's 万元.
    const points = column !== null && SCORE_COLUMN.test(column);
    const unit = points || /[%％]$/.test(cell) ? null : (head ? unitInBrackets(head) : null) ?? gridUnit(grid) ?? rowUnit(cells, col) ?? c.docUnit;
    c.budget.push({ item: label ?? column ?? '金额', column: label ? column : null, raw: cell, unit, line });
    taken = true;
  });
  if (taken) c.used.add(line);
  grid.unit ??= rowUnit(cells, cells.length);
  return taken;
}

/** A money cell in a table of projects or tasks (年度预算（万元）, 预算金额) → a budget figure of its row's project or task. */
export function takeRowAmount(item: string, label: string, cell: string, line: number, c: Collector): boolean {
  if (!isFigure(cell)) return false;
  const column = labelWithoutUnit(label);
  c.budget.push({ item: item || column, column: item ? column : null, raw: cell, unit: unitInBrackets(label) ?? c.docUnit, line });
  c.used.add(line);
  return true;
}
