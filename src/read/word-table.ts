// Word table rows (cells with a column span and a vertical-merge mark, empty grid slots before and after) → a
// model table. Shared by the .docx and .doc readers.
//   [{ cells: [{ text: '产出指标', span: 1, vMerge: 'restart' }, …] }, { cells: [{ text: '', span: 1, vMerge: 'continue' }, …] }]
//   → { cells: [{ text: '产出指标', row: 0, col: 0, rowSpan: 2, colSpan: 1 }, …] }
import type { Cell, Table, Where } from '../model.js';

export interface WordCell {
  text: string;
  /** Grid columns the cell covers (w:gridSpan), at least 1. */
  span: number;
  /** 'restart' opens a vertically merged cell, 'continue' extends the one above. */
  vMerge: 'restart' | 'continue' | null;
}

export interface WordRow {
  cells: WordCell[];
  /** Empty grid columns before the first cell and after the last (w:gridBefore / w:gridAfter). */
  before: number;
  after: number;
  /** A header row, repeated on each page (w:tblHeader). */
  header?: boolean;
}

/** Builds the table; a continued cell with no cell above to extend stands as a cell of its own. */
export function buildTable(rows: readonly WordRow[], gridCols: number, where: Where): Table {
  const cells: Cell[] = [];
  // The cell a vertical merge at each starting column would extend.
  const open = new Map<number, Cell>();
  let cols = gridCols;
  rows.forEach((row, r) => {
    let col = row.before;
    for (const wc of row.cells) {
      const span = Math.max(1, wc.span);
      const above = wc.vMerge === 'continue' ? open.get(col) : undefined;
      if (above && above.colSpan === span && above.row + above.rowSpan === r) {
        above.rowSpan++;
        // Word ignores the text of a continued cell; keep it rather than lose it.
        if (wc.text.trim() !== '') above.text = above.text === '' ? wc.text : `${above.text}\n${wc.text}`;
      } else {
        const cell: Cell = { text: wc.text, row: r, col, rowSpan: 1, colSpan: span, ...(row.header ? { header: true } : {}), where: { ...where, row: r + 1, column: col + 1 } };
        cells.push(cell);
        for (let c = col; c < col + span; c++) open.delete(c);
        if (wc.vMerge !== null) open.set(col, cell);
      }
      col += span;
    }
    cols = Math.max(cols, col + row.after);
  });
  return { type: 'table', rows: rows.length, cols, cells, where };
}
