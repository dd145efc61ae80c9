// Where in the source a value stands: the cells of its row (and those merged over it), a few rows around, and
// for a class label or group the nearest cell above that names it.
//   row ['1', '受资助人数', '≧', '735', '人次'] and raw '≧735人次' → the three cells that compose it
import { toNumber } from '../../extract/text.js';
import type { Source, SourceCell } from './types.js';

export interface Place {
  /** The row's own cells and those covering it from above; a text line is one cell. */
  cells: SourceCell[];
  /** Rows above in the same grid, nearest first, where a class label or group may stand. */
  above: () => SourceCell[][];
  /** The next rows of the grid: a value a reader carried over from a broken row. */
  below: SourceCell[][];
  /** Order in the document, for the nearest label before it anywhere. */
  pos: number;
}

export interface Places {
  get(anchor: string): Place | undefined;
  /** The last short cell before `pos` whose whole text is `label`, in any table or line. */
  labelBefore(label: string, pos: number): SourceCell | undefined;
}

// A class label or group cell is short: a longer cell holding the same words is a sentence about it.
const LABEL_SLACK = 8;
const LABEL_MAX = 60;
const ABOVE_ROWS = 80;
// A value written across adjacent cells: operator | number | unit.
const MAX_PIECES = 4;

export const norm = (s: string): string => s.replace(/\s+/g, '');

export function indexPlaces(source: Source): Places {
  const places = new Map<string, Place>();
  const labels = new Map<string, { pos: number; cell: SourceCell }[]>();
  let pos = 0;
  const remember = (cells: SourceCell[], at: number): void => {
    for (const cell of cells) {
      const key = norm(cell.text);
      if (!key || key.length > LABEL_MAX) continue;
      const seen = labels.get(key);
      if (seen) seen.push({ pos: at, cell });
      else labels.set(key, [{ pos: at, cell }]);
    }
  };
  for (const block of source.blocks) {
    if (block.t === 'text') {
      const cells = [{ id: block.cell, text: block.text }];
      places.set(block.anchor, { cells, above: () => [], below: [], pos: ++pos });
      remember(cells, pos);
      continue;
    }
    const byId = new Map(block.rows.flatMap((r) => r.cells.map((c) => [c.id, c] as const)));
    const rowCells = block.rows.map((r) => [...(r.covers ?? []).flatMap((id) => byId.get(id) ?? []), ...r.cells]);
    block.rows.forEach((row, i) => {
      const above = (): SourceCell[][] => rowCells.slice(Math.max(0, i - ABOVE_ROWS), i + 1).reverse();
      places.set(row.anchor, { cells: rowCells[i]!, above, below: rowCells.slice(i + 1, i + 3), pos: ++pos });
      remember(row.cells, pos);
    });
  }
  const labelBefore = (label: string, at: number): SourceCell | undefined => {
    const seen = labels.get(norm(label)) ?? [];
    // Positions ascend: the last one at or before `at`, by halving.
    let [lo, hi] = [0, seen.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seen[mid]!.pos <= at) lo = mid + 1;
      else hi = mid;
    }
    return seen[lo - 1]?.cell;
  };
  return { get: (anchor) => places.get(anchor), labelBefore };
}

/** The cell holding the text: an exact cell first, then one containing it, a cell not yet taken first; else the
 * adjacent cells that spell it together. */
export function byText(place: Place, raw: string, taken: ReadonlySet<string>): SourceCell[] {
  const want = norm(raw);
  if (want === '') return [];
  for (const cells of [place.cells, ...place.below]) {
    const holding = cells.filter((c) => norm(c.text).includes(want));
    const free = holding.filter((c) => !taken.has(c.id));
    const found = free.find((c) => norm(c.text) === want) ?? free[0] ?? holding[0];
    if (found) return [found];
    const pieces = spelled(cells, want);
    if (pieces.length > 0) return pieces;
  }
  return [];
}

function spelled(cells: SourceCell[], want: string): SourceCell[] {
  for (let i = 0; i < cells.length; i++) {
    let text = '';
    for (let j = i; j < Math.min(cells.length, i + MAX_PIECES); j++) {
      text += norm(cells[j]!.text);
      if (!want.startsWith(text)) break;
      if (text === want && j > i) return cells.slice(i, j + 1).filter((c) => c.text.trim() !== '');
    }
  }
  return [];
}

/** The cell whose number is this score (10 in '10.00', '10分'); a cell not yet taken first. */
export function byNumber(place: Place, n: number, taken: ReadonlySet<string>): SourceCell[] {
  for (const cells of [place.cells, ...place.below]) {
    const holding = cells.filter((c) => toNumber(c.text) === n);
    const found = holding.find((c) => !taken.has(c.id)) ?? holding[0];
    if (found) return [found];
  }
  return byText(place, String(n), taken);
}

/** A short cell naming a class or group: in the row, the nearest row above in its table, or anywhere before. */
export function byLabel(places: Places, place: Place, label: string): SourceCell[] {
  const want = norm(label);
  if (want === '') return [];
  const fits = (c: SourceCell): boolean => {
    const text = norm(c.text);
    return text.includes(want) && text.length <= want.length + LABEL_SLACK;
  };
  for (const cells of place.above()) {
    const found = cells.find(fits);
    if (found) return [found];
  }
  const found = place.cells.find(fits) ?? places.labelBefore(label, place.pos);
  return found ? [found] : [];
}
