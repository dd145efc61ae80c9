// The document model → the rows and lines the table and prose readers walk, with where each came from.
//   { blocks: [heading '绩效自评表', table 2×3] } → lines 1 (heading), 2–3 (rows); where[1] = { table: 1, row: 1, line: 14 }
// A spanning cell's text stands in its top-left slot and the slots it covers are empty, as in tab text.
import type { Layout } from '../schema.js';
import { gridOf, type Cell, type DocModel, type Table, type Where } from '../model.js';
import { classifyLines, type Line } from '../extract/lines.js';
import { htmlTableLines } from '../extract/html-table.js';
import { stripSheetHeadings } from './sheet-headings.js';

export interface ModelLines {
  lines: Line[];
  /** where[no - 1] is where line `no` came from. */
  where: Where[];
}

const ROW_LAYOUT: Partial<Record<DocModel['form'], Layout>> = { html: 'html', markdown: 'pipe' };

export function modelLines(model: DocModel): ModelLines {
  const lines: Line[] = [];
  const where: Where[] = [];
  // A model read from text keeps the source's line numbers (the gaps blank), so the interpreter sees the text path's lines.
  const keepLines = model.form === 'markdown';
  const push = (line: Omit<Line, 'no'>, w: Where): void => {
    while (keepLines && w.line !== undefined && lines.length + 1 < w.line) {
      lines.push({ no: lines.length + 1, kind: 'blank', raw: '', cells: [], text: '', level: 0, layouts: [] });
      where.push({ line: lines.length });
    }
    lines.push({ ...line, no: lines.length + 1 });
    where.push(w);
  };
  const layouts: Layout[] = ROW_LAYOUT[model.form] ? [ROW_LAYOUT[model.form]!] : [];
  // Consecutive paragraphs are classified together, as consecutive text lines are: a bare pipe table's delimiter
  // row reaches the rows below it when each row is a paragraph of its own (a page's <p> per line).
  const pending: { parts: string[]; wheres: Where[] } = { parts: [], wheres: [] };
  const flush = (): void => {
    // A table's markup shown as text (escaped by the page, typed into a document) is read as the text path reads it.
    for (const [i, line] of classifyLines(htmlTableLines(pending.parts)).entries()) push(line, pending.wheres[i]!);
    pending.parts = [];
    pending.wheres = [];
  };
  for (const block of model.blocks) {
    if (block.type === 'paragraph') {
      // A paragraph's lines are read as text is: a TAB row, a pipe row or a run of spaced cells is still a row.
      const parts = block.text.split('\n').filter((p) => p.trim() !== '');
      for (const [i, part] of parts.entries()) {
        pending.parts.push(part);
        pending.wheres.push(model.form === 'markdown' ? shifted(block.where, i) : block.where);
      }
      continue;
    }
    flush();
    if (block.type === 'heading') {
      // A markdown mark left in a page's heading ('# 某局2021年…报告' from a converted document) is not its text.
      const text = tidy(block.text).replace(/^#{1,6} +/, '');
      if (text) push({ kind: 'heading', raw: text, cells: [text], text, level: block.level, layouts: model.form === 'markdown' ? ['markdown'] : [] }, block.where);
    } else {
      const written = block.layouts ?? layouts;
      for (const { cells, w } of tableRows(block)) {
        // An empty row of a page is spacing; in text it is a row as written (`||||`), as the text path reads it.
        if (!keepLines && cells.every((c) => c === '')) continue;
        push({ kind: 'row', raw: cells.join('\t'), cells, text: cells.filter(Boolean).join(' '), level: 0, layouts: written }, w);
      }
    }
  }
  flush();
  // Markdown is text: its sheet headings are the text path's to take away (TAB rows), so both read it alike.
  return { lines: keepLines ? lines : stripSheetHeadings(lines), where };
}

function tableRows(table: Table): { cells: string[]; w: Where }[] {
  const grid = gridOf(table);
  // A grid no row fills cell by cell was drawn, not typed (Word and LibreOffice split columns so that cells of one
  // column start at different grid columns): each row is read as its cells in order, one slot per cell.
  const jagged = grid.length > 0 && grid.every((slots) => ownSlots(slots).length < table.cols);
  return grid.map((slots, r) => {
    const first = slots.find((cell) => cell !== null && cell.row === r);
    // A table cut out of a sheet keeps the sheet's row numbers in its cells; a table continued over pages puts
    // each row on its own cell's page.
    const page = first?.where.page !== undefined ? { page: first.where.page } : {};
    const w: Where = { ...table.where, ...page, row: first?.where.row ?? r + 1, ...(first?.where.line !== undefined ? { line: first.where.line } : {}) };
    const cells = jagged
      ? ownSlots(slots).map((cell) => (cell && cell.row === r ? tidy(cell.text) : ''))
      : slots.map((cell, c) => (cell && cell.row === r && cell.col === c ? tidy(cell.text) : ''));
    return { cells, w };
  });
}

/** A row's slots with each spanning cell once: its leftmost slot, and every empty slot. */
function ownSlots(slots: readonly (Cell | null)[]): (Cell | null)[] {
  return slots.filter((cell, c) => cell === null || cell.col === c);
}

/** Where the i-th line of a paragraph in a text source is. */
function shifted(w: Where, i: number): Where {
  return w.line !== undefined && i > 0 ? { ...w, line: w.line + i } : w;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
