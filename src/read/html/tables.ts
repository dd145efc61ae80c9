// The tables open at one point of a page, innermost last: which cell text goes to, and blocks in the order they
// are emitted. '<table><tr><td>a<table><tr><td>b</td></tr></table></td></tr></table>' → table [a], then table [b]
// A table inside a cell is its own block after the table holding it; the outer cell keeps its own text. A table
// of a few cells that holds a table is the page's frame (a site's layout): its rows are read as paragraphs, a
// row of one cell as that cell's lines, a row of several as a TAB row (项目名称	培训 stays a key and its value).
import type { Block, Cell, ReaderNote, Where } from '../../model.js';
import { cellText, hasHtml } from '../html.js';
import { GridBuilder } from './grid.js';
import { TextRun } from './text-run.js';

// A form has dozens of cells; a layout frame a title, a content cell, perhaps a few links.
const MAX_FRAME_CELLS = 8;

interface OpenCell {
  run: TextRun;
  header: boolean;
  colspan: string | undefined;
  rowspan: string | undefined;
  line: number;
}

export interface OpenTable {
  grid: GridBuilder;
  where: Where;
  cell: OpenCell | null;
  /** Text inside the table but outside its cells (a caption, stray text): shown before it, as browsers do. */
  loose: TextRun;
  before: Block[];
  after: Block[];
  /** Opened by a `<tr>` or `<td>` outside any table: ends where its parent element ends (at this element depth). */
  implicitDepth: number | null;
}

export class TableStack {
  readonly open: OpenTable[] = [];
  private count = 0;

  constructor(
    private readonly out: Block[],
    private readonly notes: ReaderNote[],
  ) {}

  get top(): OpenTable | undefined {
    return this.open.at(-1);
  }

  start(line: number, implicitDepth: number | null = null): OpenTable {
    const where: Where = { line, table: ++this.count };
    const table: OpenTable = { grid: new GridBuilder(where), where, cell: null, loose: new TextRun(), before: [], after: [], implicitDepth };
    this.open.push(table);
    return table;
  }

  startCell(attrs: Record<string, string>, header: boolean, line: number): void {
    const table = this.top!;
    this.endCell();
    table.cell = { run: new TextRun(), header, colspan: attrs['colspan'], rowspan: attrs['rowspan'], line };
  }

  endCell(): void {
    const table = this.top;
    const cell = table?.cell;
    if (!table || !cell) return;
    table.grid.addCell({ text: unescaped(cell.run.value()), header: cell.header, colspan: cell.colspan, rowspan: cell.rowspan, line: cell.line });
    table.cell = null;
  }

  /** A block that belongs where the innermost table is (after it), or to the page. */
  emit(block: Block): void {
    const top = this.top;
    if (top) top.after.push(block);
    else this.out.push(block);
  }

  end(): void {
    this.endCell();
    const table = this.open.pop();
    if (!table) return;
    this.flushLoose(table);
    const grid = table.grid.finish();
    this.notes.push(...table.grid.notes);
    const filled = grid.cells.filter((cell) => cell.text !== '');
    const frame = filled.length <= MAX_FRAME_CELLS && table.after.some((block) => block.type === 'table');
    const own: Block[] = frame ? frameRows(filled) : grid.cells.length > 0 ? [grid] : [];
    const blocks: Block[] = [...table.before, ...own, ...table.after];
    for (const block of blocks) this.emit(block);
  }

  flushLoose(table: OpenTable): void {
    const text = table.loose.value();
    if (text) table.before.push({ type: 'paragraph', text, where: { line: table.loose.line || table.where.line! } });
    table.loose = new TextRun();
  }
}

/**
 * A cell showing markup as text (a page made from a document whose cells held HTML, escaped once more: the
 * seeds' pages show `<input checked="" type="checkbox"/> 优`) is read as the text path reads such a cell.
 */
function unescaped(text: string): string {
  return text.includes('<') && /<\/?[a-zA-Z]/.test(text) && hasHtml(text) ? cellText(text) : text;
}

/** A frame's filled cells (in reading order) → one paragraph per row. */
function frameRows(cells: readonly Cell[]): Block[] {
  const rows = new Map<number, Cell[]>();
  for (const cell of cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  return [...rows.values()].map((row) => ({
    type: 'paragraph',
    text: row.length === 1 ? row[0]!.text : row.map((cell) => cell.text.replace(/\s+/g, ' ')).join('\t'),
    where: { line: row[0]!.where.line! },
  }));
}
