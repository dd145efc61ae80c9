// A .doc table's rows (cell texts, and the row end's cell edges and merge marks) → Word rows on one column grid,
// the grid being every cell edge of the table: a cell spans the grid columns between its edges.
//   [{ cells: ['产出指标', '数量'], tap: { edges: [0, 900, 3000], … } }, { cells: ['a', 'b', 'c'], tap: { edges: [0, 900, 2000, 3000] } }]
//   → grid 0 · 900 · 2000 · 3000: row 1 '数量' spans 2 columns
import type { WordCell, WordRow } from '../word-table.js';
import type { ParaProps } from './papx.js';

export interface DocRow {
  cells: string[];
  tap: ParaProps['tap'];
  header?: boolean;
}

// Edges closer than this (twips; 1/20 pt) are one grid line: rows drawn by hand rarely line up exactly.
const SNAP = 20;
// Word tables have at most 63 columns; a wider grid is damage, read without spans.
const MAX_GRID = 126;

export function wordRows(rows: readonly DocRow[]): { rows: WordRow[]; gridCols: number } {
  const lines = gridLines(rows.flatMap((r) => (usable(r) ? r.tap!.edges : [])));
  const indexOf = (edge: number): number => lines.findLastIndex((line) => line <= edge + SNAP);
  const grid = lines.length > 0 && lines.length <= MAX_GRID + 1;
  const out = rows.map((row): WordRow => {
    if (!grid || !usable(row)) return { cells: row.cells.map((text) => ({ text, span: 1, vMerge: null })), before: 0, after: 0, ...(row.header ? { header: true } : {}) };
    const { edges, cells: tc } = row.tap!;
    const cells: WordCell[] = [];
    row.cells.forEach((text, i) => {
      const span = i < tc.length ? Math.max(1, indexOf(edges[i + 1]!) - indexOf(edges[i]!)) : 1;
      const mark = tc[i];
      const before = cells.at(-1);
      // A cell merged into the one before it (Word 97's horizontal merge) widens that one.
      if (mark && mark.hMerge >= 2 && before) {
        before.span += span;
        if (text) before.text = before.text ? `${before.text}\n${text}` : text;
      } else cells.push({ text, span, vMerge: mark?.vMerge ?? null });
    });
    const last = indexOf(edges[Math.min(row.cells.length, tc.length)] ?? edges.at(-1)!);
    return { cells, before: Math.max(0, indexOf(edges[0]!)), after: Math.max(0, lines.length - 1 - last), ...(row.header ? { header: true } : {}) };
  });
  return { rows: out, gridCols: grid ? lines.length - 1 : 0 };
}

/** A row end whose edges rise, one more than its cells. */
function usable(row: DocRow): boolean {
  const edges = row.tap?.edges;
  return !!edges && edges.length === row.tap!.cells.length + 1 && edges.every((e, i) => i === 0 || e > edges[i - 1]!);
}

/** The distinct edges in order, those within SNAP of the one before merged into it. */
function gridLines(edges: number[]): number[] {
  const sorted = [...new Set(edges)].sort((a, b) => a - b);
  const lines: number[] = [];
  for (const e of sorted) if (lines.length === 0 || e - lines.at(-1)! > SNAP) lines.push(e);
  return lines;
}

/** Whether one row's edges are all among the other's: rows of one table share the grid, merged cells drop edges. */
export function sameTable(a: DocRow, b: DocRow): boolean {
  if (!usable(a) || !usable(b)) return true;
  const within = (xs: number[], ys: number[]): boolean => xs.every((x) => ys.some((y) => Math.abs(x - y) <= SNAP));
  return within(a.tap!.edges, b.tap!.edges) || within(b.tap!.edges, a.tap!.edges);
}
