// The document model → the rows and lines the table and prose readers walk, with where each came from.
//   { blocks: [heading '绩效自评表', table 2×3] } → lines 1 (heading), 2–3 (rows); where[1] = { table: 1, row: 1, line: 14 }
// A spanning cell's text stands in its top-left slot and the slots it covers are empty, as in tab text.
import type { Layout } from '../schema.js';
import { gridOf, type DocModel, type Table, type Where } from '../model.js';
import { classifyLines, type Line } from '../extract/lines.js';

export interface ModelLines {
  lines: Line[];
  /** where[no - 1] is where line `no` came from. */
  where: Where[];
}

const ROW_LAYOUT: Partial<Record<DocModel['form'], Layout>> = { html: 'html', markdown: 'pipe' };

export function modelLines(model: DocModel): ModelLines {
  const lines: Line[] = [];
  const where: Where[] = [];
  const push = (line: Omit<Line, 'no'>, w: Where): void => {
    lines.push({ ...line, no: lines.length + 1 });
    where.push(w);
  };
  const layouts: Layout[] = ROW_LAYOUT[model.form] ? [ROW_LAYOUT[model.form]!] : [];
  for (const block of model.blocks) {
    if (block.type === 'heading') {
      const text = tidy(block.text);
      if (text) push({ kind: 'heading', raw: text, cells: [text], text, level: block.level, layouts: model.form === 'markdown' ? ['markdown'] : [] }, block.where);
    } else if (block.type === 'paragraph') {
      // A paragraph's lines are read as text is: a TAB row, a pipe row or a run of spaced cells is still a row.
      const parts = block.text.split('\n').filter((p) => p.trim() !== '');
      for (const [i, line] of classifyLines(parts).entries()) push(line, model.form === 'markdown' ? shifted(block.where, i) : block.where);
    } else {
      for (const { cells, w } of tableRows(block)) {
        if (cells.every((c) => c === '')) continue;
        push({ kind: 'row', raw: cells.join('\t'), cells, text: cells.filter(Boolean).join(' '), level: 0, layouts }, w);
      }
    }
  }
  return { lines, where };
}

function tableRows(table: Table): { cells: string[]; w: Where }[] {
  const grid = gridOf(table);
  return grid.map((slots, r) => {
    const first = slots.find((cell) => cell !== null && cell.row === r);
    // A table continued over pages: the row is on its own cell's page.
    const page = first?.where.page !== undefined ? { page: first.where.page } : {};
    const w: Where = { ...table.where, ...page, row: r + 1, ...(first?.where.line !== undefined ? { line: first.where.line } : {}) };
    const cells = slots.map((cell, c) => (cell && cell.row === r && cell.col === c ? tidy(cell.text) : ''));
    return { cells, w };
  });
}

/** Where the i-th line of a paragraph in a text source is. */
function shifted(w: Where, i: number): Where {
  return w.line !== undefined && i > 0 ? { ...w, line: w.line + i } : w;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
