// A page's runs and rules → what stands on it from top to bottom: ruled tables with their cells' text, and the
// lines of text outside them:
//   runs '表1' (y 40), '项目' '金额' inside a 2×1 grid (y 60–90)  →  [line '表1', table { cells: ['项目', '金额'] }]
import { findGrids, slotAt, type Grid } from './grid.js';
import type { PageContent, Run } from './page.js';
import { joinWrapped, lineText, textLines, type TextLine } from './text-lines.js';

export interface PlacedCell {
  /** Edges in page points, so parts of a table on two pages can be laid on one set of columns. */
  x0: number;
  x1: number;
  row: number;
  rowSpan: number;
  text: string;
  /** Lines of text in the cell, and how far (in font sizes) its last one stands above the cell's bottom. */
  lines: number;
  gap: number;
}

export interface PageTable {
  page: number;
  rows: number;
  xs: number[];
  cells: PlacedCell[];
  top: number;
  bottom: number;
}

export type PageItem = { type: 'table'; table: PageTable; y: number } | { type: 'line'; line: TextLine; y: number };

export function layoutPage(page: PageContent): PageItem[] {
  const grids = findGrids(page.h, page.v);
  const buckets = grids.map((g) => g.cells.map((): Run[] => []));
  const free: Run[] = [];
  for (const run of page.runs) {
    // A run belongs where its first character stands: a long run cut at the page's edge still starts in its cell.
    const x = run.x0 + Math.min(run.x1 - run.x0, run.size) / 2;
    const y = run.y - run.size * 0.3;
    const hit = grids.findIndex((g) => slotAt(g, within(g, x, page.width), y) !== null);
    if (hit < 0) {
      free.push(run);
      continue;
    }
    const slot = slotAt(grids[hit]!, within(grids[hit]!, x, page.width), y)!;
    buckets[hit]![grids[hit]!.owner[slot.row]![slot.col]!]!.push(run);
  }
  const items: PageItem[] = grids.map((g, i) => ({ type: 'table', table: placed(g, buckets[i]!, page.no), y: g.ys[0]! }));
  for (const line of textLines(free)) items.push({ type: 'line', line, y: line.y });
  return items.sort((a, b) => a.y - b.y);
}

// A table cut at the page's right edge lost its last border, not its text: what runs past the edge is the last column's.
function within(grid: Grid, x: number, width: number): number {
  const right = grid.xs[grid.xs.length - 1]!;
  return right >= width - 3 && x > right ? right - 0.01 : x;
}

function placed(grid: Grid, buckets: Run[][], page: number): PageTable {
  const cells = grid.cells.map((c, i) => {
    const lines = textLines(buckets[i]!);
    const last = lines[lines.length - 1];
    const bottom = grid.ys[c.row + c.rowSpan]!;
    return {
      x0: grid.xs[c.col]!,
      x1: grid.xs[c.col + c.colSpan]!,
      row: c.row,
      rowSpan: c.rowSpan,
      text: joinWrapped(lines.map(lineText)),
      lines: lines.length,
      gap: last === undefined ? Infinity : (bottom - last.y) / last.size,
    };
  });
  return { page, rows: grid.ys.length - 1, xs: grid.xs, cells, top: grid.ys[0]!, bottom: grid.ys[grid.ys.length - 1]! };
}
