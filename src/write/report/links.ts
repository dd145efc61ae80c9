// Each extracted value → the source cell it was read from: the value's row, then the cell whose text holds its raw.
//   indicator 0 on line 4 with target.raw '≥95%', row l4 ['1', '满意度', '≥95%', '96%'] → { cell: 'c4.2', ref: 'i0.target' }
import type { ParsedDocument, Where } from '../../schema.js';
import { toNumber } from '../../extract/text.js';
import type { Link, Source, SourceCell } from './types.js';

export type AnchorOf = (at: { line: number; where?: Where | undefined }) => string | null;

interface Place {
  /** The row's own cells and those covering it from above; a text line is one cell. */
  cells: SourceCell[];
  /** Rows above in the same grid, nearest first, where a class label or group may stand. */
  above: () => SourceCell[][];
  /** The next rows of the grid: a value a reader carried over from a broken row. */
  below: SourceCell[][];
}

// A class label or group cell is short: a longer cell holding the same words is a sentence about it.
const LABEL_SLACK = 8;
const ABOVE_ROWS = 80;

export function linkValues(doc: ParsedDocument, source: Source, anchorOf: AnchorOf): Link[] {
  const places = indexPlaces(source);
  const links: Link[] = [];
  doc.indicators.forEach((ind, n) => {
    const place = places.get(anchorOf(ind) ?? '');
    if (!place) return;
    const taken = new Set<string>();
    const add = (ref: string, cell: SourceCell | undefined): void => {
      if (!cell) return;
      taken.add(cell.id);
      links.push({ cell: cell.id, ref: `i${n}.${ref}` });
    };
    add('name', ind.name ? byText(place, ind.name, taken) : undefined);
    for (const field of ['target', 'periodTarget', 'achieved'] as const) {
      const q = ind[field];
      if (q && q.raw) add(field, byText(place, q.raw, taken));
    }
    if (ind.score?.max != null) add('max', byNumber(place, ind.score.max, taken));
    if (ind.score?.got != null) add('got', byNumber(place, ind.score.got, taken));
    ind.category.forEach((label, k) => add(`category${k}`, byLabel(place, label)));
    if (ind.group) add('group', byLabel(place, ind.group));
  });
  doc.budget.forEach((item, n) => {
    const place = places.get(anchorOf(item) ?? '');
    const cell = place && byText(place, item.amount.raw, new Set());
    if (cell) links.push({ cell: cell.id, ref: `b${n}` });
  });
  const s = doc.scores;
  const totalAt = s?.line != null ? places.get(anchorOf({ line: s.line }) ?? '') : undefined;
  const total = totalAt && s?.total != null ? byNumber(totalAt, s.total, new Set()) : undefined;
  if (total) links.push({ cell: total.id, ref: 'total' });
  const gradeAt = s?.gradeLine != null ? places.get(anchorOf({ line: s.gradeLine }) ?? '') : undefined;
  const grade = gradeAt && s?.grade ? byText(gradeAt, s.grade, total ? new Set([total.id]) : new Set()) : undefined;
  if (grade) links.push({ cell: grade.id, ref: 'grade' });
  return links;
}

function indexPlaces(source: Source): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const block of source.blocks) {
    if (block.t === 'text') {
      places.set(block.anchor, { cells: [{ id: block.cell, text: block.text }], above: () => [], below: [] });
      continue;
    }
    const byId = new Map(block.rows.flatMap((r) => r.cells.map((c) => [c.id, c] as const)));
    const rowCells = block.rows.map((r) => [...(r.covers ?? []).flatMap((id) => byId.get(id) ?? []), ...r.cells]);
    block.rows.forEach((row, i) => {
      const above = (): SourceCell[][] => rowCells.slice(Math.max(0, i - ABOVE_ROWS), i + 1).reverse();
      places.set(row.anchor, { cells: rowCells[i]!, above, below: rowCells.slice(i + 1, i + 3) });
    });
  }
  return places;
}

const norm = (s: string): string => s.replace(/\s+/g, '');

/** The cell holding the text: an exact cell first, then one containing it; a cell not yet taken first. */
function byText(place: Place, raw: string, taken: ReadonlySet<string>): SourceCell | undefined {
  const want = norm(raw);
  if (want === '') return undefined;
  for (const cells of [place.cells, ...place.below]) {
    const holding = cells.filter((c) => norm(c.text).includes(want));
    const free = holding.filter((c) => !taken.has(c.id));
    const found = free.find((c) => norm(c.text) === want) ?? free[0] ?? holding[0];
    if (found) return found;
  }
  return undefined;
}

/** The cell whose number is this score (10 in '10.00', '10分'); a cell not yet taken first. */
function byNumber(place: Place, n: number, taken: ReadonlySet<string>): SourceCell | undefined {
  for (const cells of [place.cells, ...place.below]) {
    const holding = cells.filter((c) => toNumber(c.text) === n);
    const found = holding.find((c) => !taken.has(c.id)) ?? holding[0];
    if (found) return found;
  }
  return byText(place, String(n), taken);
}

/** A short cell naming a class or group, in the row or the nearest row above that has one. */
function byLabel(place: Place, label: string): SourceCell | undefined {
  const want = norm(label);
  if (want === '') return undefined;
  const fits = (c: SourceCell): boolean => {
    const text = norm(c.text);
    return text.includes(want) && text.length <= want.length + LABEL_SLACK;
  };
  for (const cells of place.above()) {
    const found = cells.find(fits);
    if (found) return found;
  }
  return place.cells.find(fits);
}
