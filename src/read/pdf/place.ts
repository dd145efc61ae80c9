// Where each run of a page goes: the cell of a ruled table it stands in, or the page's free text. Text drawn outside
// the page's box is read like the rest where it lines up with what is on the page, and only then:
//   '≥60' in a cell at the right edge + '0' just past it on the same baseline → both in that cell ('≥600');
//   'Job 17 · 2023-04-01' below the page's bottom edge, on no line of the page and in no table → left out (counted)
import { slotAt, type Grid } from './grid.js';
import type { PageContent, Run } from './page.js';
import { splitAcross } from './split-runs.js';
import { textLines } from './text-lines.js';

/** A grid and the index of its cell, or null for free text. */
export type Place = { grid: number; cell: number } | null;

/** Every run kept on the page with its place, and how many runs drawn outside the page lined up with nothing. */
export function placeRuns(page: PageContent, grids: readonly Grid[]): { places: Map<Run, Place>; unplaced: number } {
  const places = new Map<Run, Place>();
  const cellAt = (x: number, y: number): string | null => {
    const p = placeOf(grids, { text: '', x0: x, x1: x, y, size: 0 }, page.width);
    return p && `${p.grid}:${p.cell}`;
  };
  const split = page.runs.flatMap((run) => splitAcross(run, cellAt));
  for (const run of split) places.set(run, placeOf(grids, run, page.width));
  const outside = new Set(page.outside);
  let unplaced = 0;
  for (const { runs } of outside.size > 0 ? textLines([...split, ...page.outside]) : []) {
    // A run cut at the page's edge goes on (or began) in the run just beside it, on either side.
    const follow = (run: Run, from: Run | undefined): void => {
      if (outside.has(run) && !places.has(run) && from && places.has(from) && adjacent(run, from)) places.set(run, places.get(from)!);
    };
    runs.forEach((run, i) => follow(run, runs[i - 1]));
    for (let i = runs.length - 2; i >= 0; i--) follow(runs[i]!, runs[i + 1]);
    const onPage = runs.some((r) => !outside.has(r));
    for (const run of runs) {
      if (!outside.has(run) || places.has(run)) continue;
      // Else a cell of a table whose lines go on past the edge, or a line with text on the page (a borderless
      // table's last columns): what lines up with nothing on the page is left out.
      const place = placeOf(grids, run, page.width);
      if (place !== null || onPage) places.set(run, place);
      else unplaced++;
    }
  }
  return { places, unplaced };
}

/** Two runs on one line no more than a letter apart. */
function adjacent(a: Run, b: Run): boolean {
  const gap = a.x0 >= b.x0 ? a.x0 - b.x1 : b.x0 - a.x1;
  return Math.abs(gap) <= Math.max(a.size, b.size);
}

/** The cell of a grid a run stands in: where its first character stands. */
export function placeOf(grids: readonly Grid[], run: Run, width: number): Place {
  // A run belongs where its first character stands: a long run cut at the page's edge still starts in its cell.
  const x = run.x0 + Math.min(run.x1 - run.x0, run.size) / 2;
  const y = run.y - run.size * 0.3;
  for (const [i, g] of grids.entries()) {
    const slot = slotAt(g, within(g, x, width), y);
    if (slot) return { grid: i, cell: g.owner[slot.row]![slot.col]! };
  }
  return null;
}

// A table cut at the page's right edge lost its last border, not its text: what runs past the edge is the last column's.
function within(grid: Grid, x: number, width: number): number {
  const right = grid.xs[grid.xs.length - 1]!;
  return right >= width - 3 && x > right ? right - 0.01 : x;
}
