// One worksheet's cells → blocks of the model: lone first-column rows as lines of text, the other rows as tables,
// a new table where the layout changes, each table keeping only the columns its cells start in.
//   { '!data': [['绩效自评表'], ['指标', { t: 'n', v: 0.985, w: '98.5%' }]], '!merges': [] } →
//   [paragraph '绩效自评表', table { rows: 1, cols: 2, cells: ['指标', '98.5%'] }]
import type { Block, Cell, Table } from '../../model.js';
import { UnreadableError } from '../decode.js';
import { sheetCells, type DenseSheet, type SheetCell, type Span } from './sheet-cells.js';
import { MAX_SLOTS } from './limits.js';
import { blanksIn, orderedTable, partsByOrder, type Part } from './sheet-order.js';

export type { DenseSheet, SheetCell };

/**
 * The sheet's blocks, in row order. A row whose only text is one cell in the sheet's first used column is a line of
 * text (a title, a note, a paragraph pasted in), as it is in the text form; the other rows form tables.
 * `table` is the number the next table gets; `display` gives a cell its text as displayed (display.ts).
 */
export function sheetBlocks(sheet: DenseSheet, name: string, table: number, display: (cell: SheetCell) => string): Block[] {
  const { cells, blanks, firstCol } = sheetCells(sheet, name, display);
  const blocks: Block[] = [];
  let run = newRun();
  const close = (): void => {
    // A Word page's table whose columns drift row by row is read by its cells' order (sheet-order.ts).
    if (run.cells.length > 0) for (const part of partsByOrder(run.cells, blanksIn(blanks, run.cells))) blocks.push(tableOf(part, name, table++));
    run = newRun();
  };
  const rows = byRow(cells);
  const used = usedColumns(rows);
  for (const [k, row] of rows.entries()) {
    const r = row[0]!.r;
    const only = row.length === 1 ? row[0]! : null;
    // A lone cell spanning rows belongs to the rows beside it, so it stays in a table; so do rows under a merge.
    const covered = run.reach > r;
    if (only && only.c === firstCol && only.rowSpan === 1 && !covered) {
      close();
      blocks.push({ type: 'paragraph', text: only.text, where: { sheet: name, row: r + 1, column: only.c + 1 } });
      continue;
    }
    // A row laid out on other columns than the rows above starts a table of its own (a new section of the form),
    // unless a row just below uses the columns of both (the lower row of a two-row header).
    if (run.cells.length > 0 && !covered && !sameLayout(run.cols, row) && !joinedBelow(run.cols, row, used.slice(k + 1, k + 1 + LOOKAHEAD))) close();
    for (const cell of row) {
      run.cells.push(cell);
      run.cols.add(cell.c);
      run.reach = Math.max(run.reach, cell.r + cell.rowSpan);
    }
  }
  close();
  return blocks;
}

/** The rows of the table being gathered: its cells, the columns they start in, the row its merges reach to. */
interface Run {
  cells: Span[];
  cols: Set<number>;
  reach: number;
}

function newRun(): Run {
  return { cells: [], cols: new Set(), reach: 0 };
}

/** Rows looked at below a row that changes the layout. */
const LOOKAHEAD = 3;

function byRow(cells: readonly Span[]): Span[][] {
  const rows: Span[][] = [];
  for (const cell of cells) {
    const last = rows[rows.length - 1];
    if (last && last[0]!.r === cell.r) last.push(cell);
    else rows.push([cell]);
  }
  return rows;
}

/**
 * The columns each row uses: where its cells start, and where a cell merged down from a row above stands in it
 * (the class labels left of a form's data rows are merged over them, so their rows start no cell there).
 */
function usedColumns(rows: readonly Span[][]): Set<number>[] {
  const used = rows.map((row) => new Set(row.map((s) => s.c)));
  const index = new Map(rows.map((row, k) => [row[0]!.r, k]));
  for (const row of rows) {
    for (const s of row) {
      for (let r = s.r + 1; r < s.r + s.rowSpan; r++) used[index.get(r) ?? -1]?.add(s.c);
    }
  }
  return used;
}

/**
 * Whether a row just below joins the table and the row into one header: it uses every column of both, or (the
 * upper header naming only the value columns, the lower only the class columns) every column of the row, a column
 * only the table has, and no column outside the two.
 */
function joinedBelow(cols: ReadonlySet<number>, row: readonly Span[], below: readonly Set<number>[]): boolean {
  const mine = new Set(row.map((s) => s.c));
  const theirs = [...cols].filter((c) => !mine.has(c));
  return below.some((here) => {
    if (![...mine].every((c) => here.has(c))) return false;
    if (theirs.every((c) => here.has(c))) return true;
    return theirs.some((c) => here.has(c)) && [...here].every((c) => mine.has(c) || cols.has(c));
  });
}

/** Whether a row's cells start in the table's columns, or the table's in the row's. */
function sameLayout(cols: ReadonlySet<number>, row: readonly Span[]): boolean {
  if (row.every((s) => cols.has(s.c))) return true;
  if (cols.size > row.length) return false;
  const here = new Set(row.map((s) => s.c));
  return [...cols].every((c) => here.has(c));
}

/**
 * A run of sheet cells as a table whose first row is the run's first row. Columns where no cell of the run starts
 * are dropped: a form laid out on a fine grid of merged cells (sections with their own columns, as Word and web pages
 * become in Excel) keeps one column per cell boundary the run uses, as its text copy has.
 */
function tableOf({ cells: run, order }: Part, name: string, table: number): Table {
  const top = run[0]!.r;
  const bottom = run[run.length - 1]!.r;
  const starts = [...new Set(run.map((s) => s.c))].sort((a, b) => a - b);
  // The interpreter lays every table out as a dense grid.
  const slots = (bottom - top + 1) * Math.max(starts.length, order?.cols ?? 0);
  if (slots > MAX_SLOTS) throw new UnreadableError(`sheet "${name}" holds a table of ${bottom - top + 1} rows × ${starts.length} columns, more than the ${MAX_SLOTS.toLocaleString('en')} cells gzperf reads in one table`);
  if (order) return orderedTable(run, order, name, table);
  const index = new Map(starts.map((c, i) => [c, i]));
  // The kept columns a span from column c to column end covers.
  const width = (c: number, end: number): number => startsUpTo(starts, end) - index.get(c)!;
  const cells: Cell[] = run.map((s) => ({
    text: s.text,
    row: s.r - top,
    col: index.get(s.c)!,
    rowSpan: Math.min(s.rowSpan, bottom - s.r + 1),
    colSpan: s.colSpan === 1 ? 1 : width(s.c, s.c + s.colSpan - 1),
    where: { sheet: name, table, row: s.r + 1, column: s.c + 1 },
  }));
  return { type: 'table', rows: bottom - top + 1, cols: starts.length, cells, where: { sheet: name, table } };
}

/** How many of the sorted columns are at most `end`. */
function startsUpTo(starts: readonly number[], end: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
