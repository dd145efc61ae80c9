// A page's runs and rules → what stands on it from top to bottom: ruled tables with their cells' text, and the
// lines of text outside them:
//   runs '表1' (y 40), '项目' '金额' inside a 2×1 grid (y 60–90)  →  [line '表1', table { cells: ['项目', '金额'] }]
import { findGrids, type Grid } from './grid.js';
import { placeRuns } from './place.js';
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
  /** How far (in font sizes) its last line ends short of the cell's right edge, the table's padding aside. */
  slack: number;
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

export function layoutPage(page: PageContent): { items: PageItem[]; unplaced: number } {
  const grids = findGrids(page.h, page.v);
  const buckets = grids.map((g) => g.cells.map((): Run[] => []));
  const free: Run[] = [];
  const { places, unplaced } = placeRuns(page, grids);
  for (const [run, place] of places) {
    if (place === null) free.push(run);
    else buckets[place.grid]![place.cell]!.push(run);
  }
  const items: PageItem[] = grids.map((g, i) => ({ type: 'table', table: placed(g, buckets[i]!, page.no), y: g.ys[0]! }));
  for (const line of textLines(free)) items.push({ type: 'line', line, y: line.y });
  return { items: items.sort((a, b) => a.y - b.y), unplaced };
}

function placed(grid: Grid, buckets: Run[][], page: number): PageTable {
  const lined = grid.cells.map((c, i) => ({ c, lines: textLines(buckets[i]!) }));
  // The padding: the least room any cell leaves left of its text.
  const pad = Math.min(...lined.flatMap(({ c, lines }) => lines.map((l) => l.x0 - grid.xs[c.col]!)));
  const cells = lined.map(({ c, lines }) => {
    const last = lines[lines.length - 1];
    const [x1, bottom] = [grid.xs[c.col + c.colSpan]!, grid.ys[c.row + c.rowSpan]!];
    return {
      x0: grid.xs[c.col]!,
      x1,
      row: c.row,
      rowSpan: c.rowSpan,
      text: joinWrapped(lines.map(lineText)),
      lines: lines.length,
      gap: last === undefined ? Infinity : (bottom - last.y) / last.size,
      slack: last === undefined ? Infinity : (x1 - Math.max(0, pad) - last.x1) / last.size,
    };
  });
  return { page, rows: grid.ys.length - 1, xs: grid.xs, cells, top: grid.ys[0]!, bottom: grid.ys[grid.ys.length - 1]! };
}
