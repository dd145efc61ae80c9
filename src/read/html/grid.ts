// The cells of one HTML table, in source order → a grid by the HTML table rules (spans, row groups, rowspan=0).
//   row(); cell('产出指标', {rowspan: '2'}); cell('培训人次'); row(); cell('合格率') → 合格率 at row 1, col 1
// Browsers' reading of bad spans: a rowspan past its row group (thead, tbody, tfoot, or the rows outside them) is
// clipped there and rowspan=0 runs to its end; a colspan past the last column any cell starts in is clipped there.
import type { Cell, ReaderNote, Table, Where } from '../../model.js';

// HTML's own limits (colspan 1000, rowspan 65534) are far above any form; this bounds a hostile table's grid.
export const MAX_COLS = 200;
const HTML_MAX_COLSPAN = 1000;
const HTML_MAX_ROWSPAN = 65534;
const NOTES_PER_KIND = 20;

export interface CellInput {
  text: string;
  header: boolean;
  colspan: string | undefined;
  rowspan: string | undefined;
  line: number;
}

export class GridBuilder {
  readonly cells: Cell[] = [];
  readonly notes: ReaderNote[] = [];
  private rows = 0;
  private inRow = false;
  private groupFirstCell = 0;
  /** Per column, the first row no longer covered by a cell above (rowspan). */
  private coveredUntil: number[] = [];
  private col = 0;
  private widest = 0;
  private zeroSpans: Cell[] = [];
  private readonly seen = new Map<string, number>();
  private readonly unreported = new Map<string, number>();

  private readonly table: number;

  constructor(private readonly where: Where) {
    this.table = where.table ?? 0;
  }

  /** A `<tr>` opens: the previous row ends. */
  startRow(): void {
    this.endRow();
    this.inRow = true;
    this.col = 0;
  }

  endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    this.rows++;
  }

  /** A thead, tbody or tfoot opens or closes: spans stop at the group's end. */
  endGroup(): void {
    this.endRow();
    for (let i = this.groupFirstCell; i < this.cells.length; i++) {
      const cell = this.cells[i]!;
      cell.rowSpan = Math.max(1, Math.min(cell.rowSpan, this.rows - cell.row));
    }
    for (const cell of this.zeroSpans) cell.rowSpan = Math.max(1, this.rows - cell.row);
    this.zeroSpans = [];
    this.coveredUntil = [];
    this.groupFirstCell = this.cells.length;
  }

  /** A `<td>` or `<th>` closed; a cell outside any `<tr>` starts a row as browsers do. */
  addCell(input: CellInput): void {
    if (!this.inRow) this.startRow();
    const r = this.rows;
    while ((this.coveredUntil[this.col] ?? 0) > r) this.col++;
    const at: Where = { line: input.line, table: this.table, row: r + 1, column: this.col + 1 };
    if (this.col >= MAX_COLS) {
      this.report(note('html-cell-past-width', `Unexpected cell in column ${this.col + 1}, expected at most ${MAX_COLS} columns; its text is not placed: ${clip(input.text)}`, at));
      return;
    }
    const colSpan = this.colSpan(input, at);
    const rowValue = spanValue(input.rowspan);
    const zero = rowValue === 0;
    const rowSpan = zero ? 1 : Math.min(rowValue ?? 1, HTML_MAX_ROWSPAN);
    const cell: Cell = { text: input.text, row: r, col: this.col, rowSpan, colSpan, where: at };
    if (input.header) cell.header = true;
    this.cells.push(cell);
    if (zero) this.zeroSpans.push(cell);
    const until = zero ? Number.MAX_SAFE_INTEGER : r + rowSpan;
    for (let c = this.col; c < this.col + colSpan; c++) this.coveredUntil[c] = Math.max(this.coveredUntil[c] ?? 0, until);
    this.widest = Math.max(this.widest, this.col + 1);
    this.col += colSpan;
  }

  /** The finished table; spans clipped to the rows and to the last column a cell starts in. */
  finish(): Table {
    this.endGroup();
    for (const [code, count] of this.unreported) {
      this.notes.push(note(code, `${count} more like the ${NOTES_PER_KIND} above in this table`, this.where));
    }
    const cols = this.widest;
    for (const cell of this.cells) cell.colSpan = Math.max(1, Math.min(cell.colSpan, cols - cell.col));
    return { type: 'table', rows: this.rows, cols, cells: this.cells, where: this.where };
  }

  /** A note, the first few of each kind; the rest are counted, so a hostile table cannot flood the output. */
  private report(n: ReaderNote): void {
    const seen = (this.seen.get(n.code) ?? 0) + 1;
    this.seen.set(n.code, seen);
    if (seen <= NOTES_PER_KIND) this.notes.push(n);
    else this.unreported.set(n.code, seen - NOTES_PER_KIND);
  }

  private colSpan(input: CellInput, at: Where): number {
    const declared = spanValue(input.colspan) ?? 1;
    // HTML reads colspan=0 as 1.
    let span = Math.max(1, Math.min(declared, HTML_MAX_COLSPAN));
    if (declared > HTML_MAX_COLSPAN) {
      this.report(note('html-span-capped', `Unexpected colspan ${declared}, expected at most ${HTML_MAX_COLSPAN} (HTML's limit); read as ${Math.min(span, MAX_COLS - this.col)}`, at));
    }
    if (this.col + span > MAX_COLS) span = MAX_COLS - this.col;
    return span;
  }
}

/** A span attribute as HTML parses it: leading digits after optional spaces, else absent. */
function spanValue(raw: string | undefined): number | undefined {
  const m = raw === undefined ? null : /^[\s]*\+?(\d+)/.exec(raw);
  if (!m) return undefined;
  // Digits beyond ten only make the number absurd; keep it finite.
  return Number(m[1]!.slice(0, 10));
}

function note(code: string, message: string, where: Where): ReaderNote {
  return { severity: 'warning', code, message, where };
}

export function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}
