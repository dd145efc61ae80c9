// A GFM table node → a table of the document model, its cells as written (empty ones kept), a line per row.
//   '| 产出指标 |  | 培训人次 |' under '|---|---|---|' → row 1: ['产出指标', '', '培训人次'], where { line: 3 }
import type { Table as MdTable } from 'mdast';
import type { Cell, Table } from '../model.js';
import type { Layout } from '../schema.js';
import { hasHtml } from './html.js';
import { inlineText } from './markdown-inline.js';

type Row = MdTable['children'][number];

/** The rows of a table up to the first without a pipe: GFM lets a table run on into text written right below it. */
export function pipedRows(table: MdTable, source: string): Row[] {
  const cut = table.children.findIndex((row, r) => r > 0 && !rowSource(row, source).includes('|'));
  return cut < 0 ? table.children : table.children.slice(0, cut);
}

/**
 * The grid of a table's rows. Written without outer pipes (`a | b`, as converters of web pages write it), a pipe at a
 * row's edge is a boundary too: ` | | 名称 | 8 |` opens with an empty cell, as the line reader reads it.
 */
export function pipeTable(rows: readonly Row[], source: string, no: number): Table {
  const header = rowSource(rows[0], source);
  const bareStart = !header.startsWith('|');
  const bareEnd = !/(?<!\\)\|$/.test(header);
  const cells: Cell[] = [];
  let html = false;
  let cols = 0;
  for (const [r, row] of rows.entries()) {
    const line = row.position?.start.line;
    const written = rowSource(row, source);
    html ||= hasHtml(written);
    const texts = row.children.map((cell) => inlineText(cell.children, source));
    if (bareStart && written.startsWith('|')) texts.unshift('');
    if (bareEnd && r > 0 && written.length > 1 && /(?<!\\)\|$/.test(written)) texts.push('');
    for (const [c, text] of texts.entries()) cells.push({ text, row: r, col: c, rowSpan: 1, colSpan: 1, ...(r === 0 ? { header: true } : {}), where: line ? { line } : {} });
    cols = Math.max(cols, texts.length);
  }
  const layouts: Layout[] = html ? ['pipe', 'html'] : ['pipe'];
  return { type: 'table', rows: rows.length, cols, cells, layouts, where: { table: no, line: rows[0]?.position?.start.line ?? 1 } };
}

function rowSource(row: Row | undefined, source: string): string {
  const start = row?.position?.start.offset;
  const end = row?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end).trim();
}
