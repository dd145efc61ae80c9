// A Word page's table opened in a spreadsheet, its columns drifting right row by row → one column per cell in order.
//   rows [A '指标' B '分值' C '得分'] [A '产出' B:C(merged) ' ' D '8'] … each row three cells, columns not lined up →
//   part { order: { cols: 3 } }: '产出' under '指标', '8' under '得分'
import type { Cell, Table } from '../../model.js';
import type { Span } from './sheet-cells.js';
import { MAX_SLOTS } from './limits.js';

/** A slot of a row: a cell starting in it, or a cell merged down into it from a row above. */
interface Slot {
  span: Span;
  own: boolean;
}

/** Rows of a run made into one table: by the sheet's columns (order null), or by each cell's place in its row. */
export interface Part {
  cells: Span[];
  order: { cols: number; col: Map<Span, number> } | null;
}

/**
 * The run cut where the rows' number of slots (their cells, blank ones included, and the cells merged down into
 * them) changes. A stretch of rows with as many slots each, each row's slots following one another from the same
 * column with no gap, whose cells start in more sheet columns than a row has slots, is read by order: LibreOffice
 * places a Word page's cells by their declared widths, so the cells of one column start at other sheet columns row
 * by row (a merged cell before them growing wider), yet every cell, empty ones included, is still there in order.
 * Nothing drifting: the run as one part, as before.
 */
export function partsByOrder(run: readonly Span[], blanks: readonly Span[]): Part[] {
  const top = run[0]!.r;
  const bottom = run[run.length - 1]!.r;
  const rows = slotsByRow([...run, ...blanks], top, bottom);
  if (!rows) return [{ cells: [...run], order: null }];
  const stretches = stretchesOf(rows, bottom);
  const orders = stretches.map(orderOf);
  if (orders.every((order) => order === null)) return [{ cells: [...run], order: null }];
  const parts: Part[] = [];
  for (const [k, stretch] of stretches.entries()) {
    const cells = stretch.rows.flatMap((slots) => slots.filter((s) => s.own && s.span.text !== '').map((s) => s.span));
    const last = parts[parts.length - 1];
    if (cells.length === 0) continue;
    if (orders[k] === null && last && last.order === null) last.cells.push(...cells);
    else parts.push({ cells, order: orders[k]! });
  }
  return parts;
}

interface Stretch {
  first: number;
  last: number;
  /** The sheet row the stretch's merges may reach to: the row before the next stretch. */
  end: number;
  /** Its rows' slots, top to bottom. */
  rows: Slot[][];
}

/** Consecutive rows with the same number of slots. */
function stretchesOf(rows: ReadonlyMap<number, Slot[]>, bottom: number): Stretch[] {
  const stretches: Stretch[] = [];
  for (const [r, slots] of rows) {
    const open = stretches[stretches.length - 1];
    if (open && open.rows[0]!.length === slots.length) {
      open.last = r;
      open.rows.push(slots);
    } else stretches.push({ first: r, last: r, end: bottom, rows: [slots] });
  }
  for (let k = 0; k + 1 < stretches.length; k++) stretches[k]!.end = stretches[k + 1]!.first - 1;
  return stretches;
}

/** Each cell's place in its row, when the stretch drifts and its merged-down cells stay within it and in place. */
function orderOf(stretch: Stretch): Part['order'] {
  const mine = stretch.rows;
  const cols = mine[0]!.length;
  const starts = new Set(mine.flatMap((slots) => slots.filter((s) => s.own).map((s) => s.span.c)));
  if (mine.length < 2 || cols < 2 || starts.size <= cols || !mine.every((slots) => tiled(slots, mine[0]![0]!.span.c))) return null;
  const col = new Map<Span, number>();
  for (const slots of mine) {
    for (const [k, { span, own }] of slots.entries()) {
      if (!own && (span.r < stretch.first || col.get(span) !== k)) return null;
      if (own && span.r + span.rowSpan - 1 > stretch.end) return null;
      if (own) col.set(span, k);
    }
  }
  return { cols, col };
}

/** Whether a row's slots follow one another from column `left` with no column between them that no cell holds. */
function tiled(slots: readonly Slot[], left: number): boolean {
  let next = left;
  for (const { span } of slots) {
    if (span.c !== next) return false;
    next = span.c + span.colSpan;
  }
  return true;
}

/**
 * Each row of the run that starts a cell (text or blank) → its slots by sheet column; rows starting none are left
 * out. Null past MAX_SLOTS slots (merges a crafted file overlaps by the million).
 */
function slotsByRow(spans: readonly Span[], top: number, bottom: number): Map<number, Slot[]> | null {
  const rows = new Map<number, Slot[]>();
  const inRun = spans.filter((s) => s.r >= top && s.r <= bottom).sort((a, b) => a.r - b.r || a.c - b.c);
  for (const span of inRun) {
    const slots = rows.get(span.r) ?? [];
    slots.push({ span, own: true });
    rows.set(span.r, slots);
  }
  let budget = MAX_SLOTS - inRun.length;
  for (const span of inRun) {
    const reach = Math.min(span.r + span.rowSpan - 1, bottom) - span.r;
    if ((budget -= Math.max(0, reach)) < 0) return null;
    for (let r = span.r + 1; r <= span.r + reach; r++) rows.get(r)?.push({ span, own: false });
  }
  for (const slots of rows.values()) slots.sort((a, b) => a.span.c - b.span.c);
  return rows;
}

/** A run read by order: one column per slot of a row, each cell one column wide. */
export function orderedTable(run: readonly Span[], order: NonNullable<Part['order']>, name: string, table: number): Table {
  const top = run[0]!.r;
  const bottom = run[run.length - 1]!.r;
  const cells: Cell[] = run.map((s) => ({
    text: s.text,
    row: s.r - top,
    col: order.col.get(s)!,
    rowSpan: Math.min(s.rowSpan, bottom - s.r + 1),
    colSpan: 1,
    where: { sheet: name, table, row: s.r + 1, column: s.c + 1 },
  }));
  return { type: 'table', rows: bottom - top + 1, cols: order.cols, cells, where: { sheet: name, table } };
}

/** The blank cells (in reading order) in the rows of a run. */
export function blanksIn(blanks: readonly Span[], run: readonly Span[]): Span[] {
  const from = firstAtRow(blanks, run[0]!.r);
  return blanks.slice(from, firstAtRow(blanks, run[run.length - 1]!.r + 1));
}

/** The index of the first span at row r or below, in spans sorted by row. */
function firstAtRow(spans: readonly Span[], r: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.r < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
