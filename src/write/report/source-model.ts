// A page or attachment's document model → grids with their spans, and where each value and finding belongs.
//   table 1 with '产出指标' spanning rows 1–2 → grid rows t1r1 [t1.0.0 (rs 2), t1.0.1], t1r2 [t1.1.1] covers t1.0.0
import { gridOf, type Cell, type DocModel, type Table, type Where } from '../../model.js';
import { modelLines } from '../../interpret/model-lines.js';
import { isHeader } from './source-text.js';
import type { Source, SourceBlock, SourceCell, SourceRow } from './types.js';

export interface ModelSource {
  source: Source;
  /** The row or paragraph a value or finding with this `where` (or, lacking one, this line) is shown beside. */
  anchorOf: (at: { line: number; where?: Where | undefined }) => string | null;
}

export function modelSource(model: DocModel): ModelSource {
  const blocks: SourceBlock[] = [];
  const placed: { where: Where; anchor: string }[] = [];
  let tables = 0;
  model.blocks.forEach((block, k) => {
    if (block.type === 'table') {
      const n = block.where.table ?? ++tables;
      tables = Math.max(tables, n);
      blocks.push({ t: 'grid', caption: captionOf(block.where, n), rows: tableRows(block, n) });
      return;
    }
    const anchor = `p${k + 1}`;
    const level = block.type === 'heading' ? block.level : 0;
    blocks.push({ t: 'text', anchor, no: k + 1, cell: `${anchor}.0`, text: block.text, level });
    placed.push({ where: block.where, anchor });
  });
  const anchors = new Set(blocks.flatMap((b) => (b.t === 'grid' ? b.rows.map((r) => r.anchor) : [b.anchor])));
  const byWhere = (w: Where): string | null => {
    if (w.table !== undefined && w.row !== undefined) return present(anchors, `t${w.table}r${w.row}`);
    return placed.find((p) => sameWhere(p.where, w))?.anchor ?? null;
  };
  // A finding names only its line: in a form without lines, the line is the row in reading order.
  const lineWhere = new Map<number, Where>();
  modelLines(model).where.forEach((w, i) => {
    const line = w.line ?? i + 1;
    if (!lineWhere.has(line)) lineWhere.set(line, w);
  });
  const anchorOf = (at: { line: number; where?: Where | undefined }): string | null => {
    const w = at.where ?? lineWhere.get(at.line);
    return w ? byWhere(w) : null;
  };
  return { source: { kind: 'model', blocks }, anchorOf };
}

function tableRows(table: Table, n: number): SourceRow[] {
  const grid = gridOf(table);
  const id = (cell: Cell): string => `t${n}.${cell.row}.${cell.col}`;
  return grid.map((slots, r) => {
    const cells: SourceCell[] = [];
    const covers = new Set<string>();
    slots.forEach((cell, c) => {
      if (!cell) return;
      if (cell.row === r && cell.col === c) cells.push(spanned({ id: id(cell), text: cell.text.trim() }, cell));
      else if (cell.row < r) covers.add(id(cell));
    });
    const row: SourceRow = { anchor: `t${n}r${r + 1}`, no: r + 1, cells };
    if (covers.size > 0) row.covers = [...covers];
    // The form's own header mark (<th>, a repeated header row), else the column names the interpreter knows.
    const own = slots.filter((cell): cell is Cell => cell !== null && cell.row === r);
    if (own.length > 0 && (own.every((cell) => cell.header) || isHeader(own.map((cell) => cell.text.trim())))) row.head = true;
    return row;
  });
}

function spanned(out: SourceCell, cell: Cell): SourceCell {
  if (cell.rowSpan > 1) out.rs = cell.rowSpan;
  if (cell.colSpan > 1) out.cs = cell.colSpan;
  return out;
}

function captionOf(w: Where, n: number): string {
  const parts = [`#${n}`];
  if (w.sheet !== undefined) parts.push(w.sheet);
  if (w.page !== undefined) parts.push(`p. ${w.page}`);
  if (w.line !== undefined) parts.push(`line ${w.line}`);
  return parts.join(' · ');
}

function sameWhere(a: Where, b: Where): boolean {
  const keys = ['line', 'page', 'sheet', 'table', 'row', 'column'] as const;
  return keys.every((k) => a[k] === b[k]);
}

function present(anchors: Set<string>, anchor: string): string | null {
  return anchors.has(anchor) ? anchor : null;
}
