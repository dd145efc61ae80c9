// Ruling lines → table grids: segments that touch form one table; its column and row edges are where its lines
// stand, and a cell spans on while the line between two slots is missing:
//   h at 10, 30, 50 (0–200); v at 0, 100, 200 but the one at 100 only from 10 to 30
//   → edges x [0, 100, 200], y [10, 30, 50]; cells (0,0) (0,1) and (1,0) spanning two columns
import type { Rule } from './page.js';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** owner[r][c] is the index in `cells` of the cell covering slot (r, c). */
  owner: number[][];
}

// Two edges closer than this are one (a double line, a line drawn twice); a line this close to a slot counts.
const SAME = 2;
const TOUCH = 1.5;
/** Lines on one page, once joined, beyond which it has no ruled tables: keeps the grid work bounded. */
export const MAX_LINES = 1000;

export function findGrids(h: readonly Rule[], v: readonly Rule[]): Grid[] {
  const hs = mergeRules(h);
  const vs = mergeRules(v);
  // More lines than any form has (a drawing, a hostile page): the page is read without ruled tables.
  if (hs.length + vs.length > MAX_LINES) return [];
  const grids: Grid[] = [];
  for (const group of touching(hs, vs)) {
    for (const band of bands(group.h, group.v)) {
      const grid = gridOf(band.h, band.v);
      if (grid) grids.push(grid);
    }
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

/** Segments on one line that overlap or meet become one. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    let same: Rule | undefined;
    // Only the last few kept rules can be on the same line: they are sorted by where they stand. A rule a hair
    // further along may start before the kept one (a page's border drawn in two pieces), so both ends are taken.
    for (let k = out.length - 1; k >= 0 && r.at - out[k]!.at <= SAME / 2; k--) {
      if (r.from <= out[k]!.to + SAME && r.to >= out[k]!.from - SAME) same = out[k];
    }
    if (same) {
      same.from = Math.min(same.from, r.from);
      same.to = Math.max(same.to, r.to);
    } else out.push({ ...r });
  }
  return out;
}

/** Groups of horizontal and vertical rules that cross or meet one another (union–find over the crossings). */
function touching(hs: Rule[], vs: Rule[]): { h: Rule[]; v: Rule[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, a] of hs.entries()) {
    for (const [j, b] of vs.entries()) {
      const cross = b.at >= a.from - TOUCH && b.at <= a.to + TOUCH && a.at >= b.from - TOUCH && a.at <= b.to + TOUCH;
      if (cross) parent[find(i)] = find(hs.length + j);
    }
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  const group = (i: number): { h: Rule[]; v: Rule[] } => groups.get(find(i)) ?? groups.set(find(i), { h: [], v: [] }).get(find(i))!;
  hs.forEach((r, i) => group(i).h.push(r));
  vs.forEach((r, j) => group(hs.length + j).v.push(r));
  return [...groups.values()];
}

/**
 * Two tables drawn flush one below the other share a line but not their columns: they part at a line where inner
 * verticals stop and others, at other places, start (or where none crosses and the columns above and below differ).
 */
function bands(h: Rule[], v: Rule[]): { h: Rule[]; v: Rule[] }[] {
  if (h.length < 3 || v.length < 2) return [{ h, v }];
  const left = Math.min(...v.map((r) => r.at));
  const right = Math.max(...v.map((r) => r.at));
  const inner = v.filter((r) => r.at - left > SAME * 2 && right - r.at > SAME * 2);
  const cuts: number[] = [];
  for (const line of [...h].sort((a, b) => a.at - b.at).slice(1, -1)) {
    const ending = columnsOf(inner.filter((r) => Math.abs(r.to - line.at) <= TOUCH * 2));
    const starting = columnsOf(inner.filter((r) => Math.abs(r.from - line.at) <= TOUCH * 2));
    const crossed = inner.some((r) => r.from < line.at - TOUCH && r.to > line.at + TOUCH);
    const above = columnsOf(inner.filter((r) => r.to <= line.at + TOUCH && r.to > (cuts.at(-1) ?? -Infinity) + TOUCH));
    const below = columnsOf(inner.filter((r) => r.from >= line.at - TOUCH));
    const restarts = ending.length > 0 && starting.length > 0 && !sameColumns(ending, starting);
    const parts = !crossed && above.length > 0 && below.length > 0 && !sameColumns(above, below);
    if (restarts || parts) cuts.push(line.at);
  }
  if (cuts.length === 0) return [{ h, v }];
  const bounds = [-Infinity, ...cuts, Infinity];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i]!;
    return {
      h: h.filter((r) => r.at >= start - TOUCH && r.at <= end + TOUCH),
      v: v.filter((r) => r.to > start + TOUCH && r.from < end - TOUCH).map((r) => ({ at: r.at, from: Math.max(r.from, start), to: Math.min(r.to, end) })),
    };
  });
}

function columnsOf(rules: readonly Rule[]): number[] {
  return edges(rules.map((r) => r.at));
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= SAME * 2);
}

function gridOf(h: Rule[], v: Rule[]): Grid | null {
  if (h.length < 2 || v.length < 2) return null;
  // The outer edges are where the lines end too: a table cut at the page's edge has lost its last border.
  const xs = edges([...v.map((r) => r.at), Math.min(...h.map((r) => r.from)), Math.max(...h.map((r) => r.to))]);
  const ys = edges([...h.map((r) => r.at), Math.min(...v.map((r) => r.from)), Math.max(...v.map((r) => r.to))]);
  if (xs.length < 2 || ys.length < 2) return null;
  const vAt = (c: number, r: number): boolean =>
    c === 0 || c === xs.length - 1 || v.some((x) => Math.abs(x.at - xs[c]!) <= SAME && x.from <= mid(ys, r) && x.to >= mid(ys, r));
  const hAt = (r: number, c: number): boolean =>
    r === 0 || r === ys.length - 1 || h.some((y) => Math.abs(y.at - ys[r]!) <= SAME && y.from <= mid(xs, c) && y.to >= mid(xs, c));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const owner = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c]! >= 0) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !vAt(c + colSpan, r) && owner[r]![c + colSpan]! < 0) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rows && !hAt(r + rowSpan, c) && owner[r + rowSpan]![c]! < 0) rowSpan++;
      for (let i = r; i < r + rowSpan; i++) for (let j = c; j < c + colSpan; j++) owner[i]![j] = cells.length;
      cells.push({ row: r, col: c, rowSpan, colSpan });
    }
  }
  // A lone framed box (a page border, a boxed note) is no table.
  return cells.length >= 2 ? { xs, ys, cells, owner } : null;
}

/** Sorted positions with near ones merged, and slivers narrower than a line dropped. */
function edges(values: number[]): number[] {
  const out: number[] = [];
  for (const x of values.sort((a, b) => a - b)) {
    if (out.length === 0 || x - out[out.length - 1]! > SAME * 2) out.push(x);
  }
  return out;
}

function mid(at: readonly number[], i: number): number {
  return (at[i]! + at[i + 1]!) / 2;
}

/** The slot a point falls in, or null outside the grid. */
export function slotAt(grid: Grid, x: number, y: number): { row: number; col: number } | null {
  const col = indexIn(grid.xs, x);
  const row = indexIn(grid.ys, y);
  return col === null || row === null ? null : { row, col };
}

function indexIn(at: readonly number[], x: number): number | null {
  if (x < at[0]! || x > at[at.length - 1]!) return null;
  for (let i = 1; i < at.length; i++) if (x <= at[i]!) return i - 1;
  return null;
}
