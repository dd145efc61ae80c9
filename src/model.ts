// The document model every structured reader produces (SPEC §1b): headings, paragraphs and tables as grids of
// cells with their spans and where each came from. Readers know nothing about indicators; the interpreter
// knows nothing about HTML, zip or PDF.
//   '<table><tr><td rowspan=2>产出指标</td><td>培训人次</td></tr>…' →
//   { blocks: [{ type: 'table', rows: 2, cols: 2, cells: [{ text: '产出指标', row: 0, col: 0, rowSpan: 2, colSpan: 1, … }, …] }] }

import type { Layout, Where } from './schema.js';
import { FORMS } from './vocabulary.js';

export { FORMS, type Where };
/** A form a file can be read as: text, markdown, html, docx, doc, xlsx, xls or pdf. */
export type Form = (typeof FORMS)[number];

/** One table cell at its top-left grid slot, with its spans and where it was read. */
export interface Cell {
  /** What a reader sees: paragraphs separated by '\n', checkboxes as ☑ / ☐, no markup, entities decoded. */
  text: string;
  /** 0-based grid slot of the cell's top-left corner. */
  row: number;
  col: number;
  /** Rows and columns the cell covers, at least 1 each. */
  rowSpan: number;
  colSpan: number;
  /** A header cell (`<th>`, a repeated header row) when the form marks it. */
  header?: boolean;
  where: Where;
}

/** A table of the document model: its size and its cells; {@link gridOf} gives the dense grid. */
export interface Table {
  type: 'table';
  rows: number;
  cols: number;
  /** Each cell once, in reading order; a grid slot no cell covers is empty. */
  cells: Cell[];
  /** How a text source wrote the table (tab, pipe, html in cells), for document.layouts; absent for other forms. */
  layouts?: Layout[];
  where: Where;
}

export interface Heading {
  type: 'heading';
  /** 1–6 as in HTML and markdown. */
  level: number;
  text: string;
  where: Where;
}

export interface Paragraph {
  type: 'paragraph';
  /** Lines of the paragraph separated by '\n' (a `<br>`, a soft break). */
  text: string;
  where: Where;
}

/** One block of a document, in reading order. */
export type Block = Heading | Paragraph | Table;

/** Something a reader could not place or had to drop; becomes a diagnostic of the document. */
export interface ReaderNote {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  where: Where;
}

/** What every reader makes of a file: blocks in reading order and the notes of what it could not place. */
export interface DocModel {
  form: Form;
  /** The text encoding for text-based forms (utf-8, gb18030 …); the form itself for binary ones ('docx'). */
  encoding: string;
  blocks: Block[];
  notes: ReaderNote[];
}

/** A reader of one form: whether the bytes are of its form, and bytes → model. */
export interface FormReader {
  form: Form;
  read(bytes: Uint8Array, options: { path: string }): DocModel | Promise<DocModel>;
}

/** The dense grid of a table: every slot holds the cell covering it, or null. Spans past the table are clipped. */
export function gridOf(table: Table): (Cell | null)[][] {
  const grid: (Cell | null)[][] = Array.from({ length: table.rows }, () => new Array<Cell | null>(table.cols).fill(null));
  for (const cell of table.cells) {
    for (let r = cell.row; r < Math.min(table.rows, cell.row + cell.rowSpan); r++) {
      for (let c = cell.col; c < Math.min(table.cols, cell.col + cell.colSpan); c++) grid[r]![c] = cell;
    }
  }
  return grid;
}
