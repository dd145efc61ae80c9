// A SheetJS dense sheet → its non-empty cells in reading order with their merged spans, and the used extent.
//   { '!data': [[{ t: 'n', v: 0.985, w: '98.5%' }]], '!merges': [A1:B1] } → { cells: [{ r: 0, c: 0, text: '98.5%', colSpan: 2 }], lastCol: 0 }
import { cellText, hasHtml } from '../html.js';
import { UnreadableError } from '../decode.js';
import { MAX_COLS, MAX_ROWS } from './limits.js';

/** The SheetJS cell fields the reader uses: type, raw value, displayed text, format code. */
export interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  /** The format code (SheetJS's cellNF). */
  z?: string;
  /** The formula, without its '='. */
  f?: string;
}

/** Excel's code for #NAME?: the formula names nothing, as when '=300天' was typed as a value. */
const NAME_ERROR = 0x1d;

export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface DenseSheet {
  '!data'?: (SheetCell | undefined)[][];
  '!merges'?: Range[];
}

/** A non-empty cell at sheet row r, column c (0-based) and the slots its merge covers, clipped to the used extent. */
export interface Span {
  r: number;
  c: number;
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface SheetCells {
  cells: Span[];
  /** The cells present that show only spaces (a Word page's empty cells kept by the spreadsheet), in reading order. */
  blanks: Span[];
  firstCol: number;
  lastCol: number;
  lastRow: number;
}

/** The cells holding text; the extent is that of the text, so empty rows and columns at the edges fall away. */
export function sheetCells(sheet: DenseSheet, name: string, display: (cell: SheetCell) => string): SheetCells {
  const data = sheet['!data'] ?? [];
  const cells: Span[] = [];
  const blanks: Span[] = [];
  let firstCol = Infinity;
  let lastCol = 0;
  // The rows and cells present, in order: a damaged reference (row 999,999,999) leaves a sparse array, not a loop.
  for (const r of present(data)) {
    const row = data[r]!;
    for (const c of present(row)) {
      if (r >= MAX_ROWS || c >= MAX_COLS) throw new UnreadableError(`sheet "${name}" has a cell at row ${r + 1}, column ${c + 1}, past the ${MAX_ROWS.toLocaleString('en')} rows and ${MAX_COLS.toLocaleString('en')} columns gzperf reads`);
      const cell = row[c];
      if (!cell || cell.t === 'z') continue;
      const text = shown(typedAsFormula(cell) ?? display(cell));
      if (text.trim() === '') {
        blanks.push({ r, c, text: '', rowSpan: 1, colSpan: 1 });
        continue;
      }
      cells.push({ r, c, text, rowSpan: 1, colSpan: 1 });
      firstCol = Math.min(firstCol, c);
      lastCol = Math.max(lastCol, c);
    }
  }
  const lastRow = cells.length > 0 ? cells[cells.length - 1]!.r : 0;
  const merges = mergesByCorner(sheet['!merges'] ?? []);
  for (const cell of [...cells, ...blanks]) {
    const m = merges.get(key(cell.r, cell.c));
    if (!m) continue;
    // A merge reaching past the text's extent is clipped to it.
    cell.rowSpan = Math.max(1, Math.min(m.e.r, lastRow) - cell.r + 1);
    cell.colSpan = Math.max(1, Math.min(m.e.c, lastCol) - cell.c + 1);
  }
  return { cells, blanks, firstCol: cells.length > 0 ? firstCol : 0, lastCol, lastRow };
}

/**
 * What the clerk typed into a cell that shows #NAME?: '=300天' (a target with its operator) is text the
 * spreadsheet took for a formula; the error code carries nothing, the typed text carries the value.
 */
function typedAsFormula(cell: SheetCell): string | null {
  if (cell.t !== 'e' || cell.v !== NAME_ERROR || typeof cell.f !== 'string' || cell.f === '') return null;
  // An .xls keeps such a formula as one string literal: "300天".
  const literal = /^"([^"]*)"$/.exec(cell.f);
  return `=${literal ? literal[1] : cell.f}`;
}

/** Line ends as '\n'; markup a system exported into a cell as text (`<p>`, a checkbox input) read as a page shows it. */
function shown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n');
  return hasHtml(lines) ? cellText(lines) : lines;
}

/** The indices an array holds, ascending; holes are not visited. */
function present(items: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const k of Object.keys(items)) {
    const i = Number(k);
    if (Number.isInteger(i) && items[i] !== undefined && items[i] !== null) out.push(i);
  }
  return out;
}

function mergesByCorner(merges: readonly Range[]): Map<number, Range> {
  const byCorner = new Map<number, Range>();
  for (const m of merges) if (m.e.r >= m.s.r && m.e.c >= m.s.c) byCorner.set(key(m.s.r, m.s.c), m);
  return byCorner;
}

// A row and a column (below MAX_COLS) pack into one number.
function key(r: number, c: number): number {
  return r * MAX_COLS + c;
}
