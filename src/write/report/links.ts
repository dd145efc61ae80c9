// Each extracted value → the source cell it was read from: the value's row, then the cell whose text holds its raw.
//   indicator 0 on line 4 with target.raw '≥95%', row l4 ['1', '满意度', '≥95%', '96%'] → { cell: 'c4.2', ref: 'i0.target' }
import type { ParsedDocument, Where } from '../../schema.js';
import { byLabel, byNumber, byText, indexPlaces } from './cell-match.js';
import type { Link, Source, SourceCell } from './types.js';

export type AnchorOf = (at: { line: number; where?: Where | undefined }) => string | null;

export function linkValues(doc: ParsedDocument, source: Source, anchorOf: AnchorOf): Link[] {
  const places = indexPlaces(source);
  const links: Link[] = [];
  const placeOf = (at: { line: number; where?: Where | undefined }) => places.get(anchorOf(at) ?? '');
  doc.indicators.forEach((ind, n) => {
    const place = placeOf(ind);
    if (!place) return;
    // Cells this indicator already took: its target and achieved value, written alike, stand in two cells.
    const taken = new Set<string>();
    const add = (ref: string, cells: SourceCell[]): void => {
      for (const cell of cells) {
        taken.add(cell.id);
        links.push({ cell: cell.id, ref: `i${n}.${ref}` });
      }
    };
    if (ind.name) add('name', byText(place, ind.name, taken));
    for (const field of ['target', 'periodTarget', 'achieved'] as const) {
      const q = ind[field];
      if (q && q.raw) add(field, byText(place, q.raw, taken));
    }
    if (ind.score?.max != null) add('max', byNumber(place, ind.score.max, taken));
    if (ind.score?.got != null) add('got', byNumber(place, ind.score.got, taken));
    ind.category.forEach((label, k) => add(`category${k}`, byLabel(places, place, label)));
    if (ind.group) add('group', byLabel(places, place, ind.group));
  });
  doc.budget.forEach((item, n) => {
    const place = placeOf(item);
    for (const cell of place ? byText(place, item.amount.raw, new Set()) : []) links.push({ cell: cell.id, ref: `b${n}` });
  });
  const s = doc.scores;
  const totalAt = s?.line != null ? placeOf({ line: s.line }) : undefined;
  const total = totalAt && s?.total != null ? byNumber(totalAt, s.total, new Set()) : [];
  for (const cell of total) links.push({ cell: cell.id, ref: 'total' });
  const gradeAt = s?.gradeLine != null ? placeOf({ line: s.gradeLine }) : undefined;
  const grade = gradeAt && s?.grade ? byText(gradeAt, s.grade, new Set(total.map((c) => c.id))) : [];
  for (const cell of grade) links.push({ cell: cell.id, ref: 'grade' });
  return links;
}
