// An indicator header's roles checked against the rows below it, and tables with no header read by their cells.
//   rows [['', '产出指标', '数量指标', '足额保障率', '=100%', '22.5'], …] with no header → class1, class2, name, target
import { classLabel } from './taxonomy.js';
import type { Line } from '../extract/lines.js';
import type { Role } from '../extract/columns.js';
import { rowHeader } from '../extract/header.js';
import { describeInferred, inferFromRight, inferHeader, refineRoles } from '../extract/column-evidence.js';
import type { Collector } from './collector.js';

const LOOKAHEAD = 40;

/** The data rows after line index `from`, up to the next heading or header. */
export function rowsBelow(lines: readonly Line[], from: number): string[][] {
  const rows: string[][] = [];
  for (let i = from; i < lines.length && rows.length < LOOKAHEAD; i++) {
    const line = lines[i]!;
    if (line.kind === 'heading' || (line.kind === 'row' && rowHeader(line.cells))) break;
    if (line.kind === 'row' && rows.length > 0 && isTail(line.cells, rows[0]!)) break;
    if (line.kind === 'row') rows.push(line.cells);
  }
  return rows;
}

/**
 * A key–value row under a wide table (评价结论 | 按计划完成。): two filled cells from the first column, the first no
 * class label. Such rows are the form's tail, not more of the table, and would blur what its columns hold.
 */
function isTail(cells: readonly string[], first: readonly string[]): boolean {
  const filled = cells.filter(Boolean).length;
  return first.filter(Boolean).length >= 4 && filled <= 2 && cells[0] !== '' && classLabel(cells[0] ?? '') === null;
}

/** The header's roles, corrected by what the cells below hold; a diagnostic says which columns were inferred. */
export function checkedRoles(roles: (Role | null)[], labels: readonly string[], rows: readonly string[][], line: number, c: Collector): (Role | null)[] {
  const { roles: out, changed } = refineRoles(roles, labels, rows);
  if (changed.length > 0) {
    c.notes.push({ severity: 'info', code: 'inferred-columns', line, message: `Columns read by what their cells hold: ${describeInferred(labels, changed)}` });
  }
  return out;
}

/** Roles for rows that read as an indicator table without a header, or null. */
export function headerlessRoles(rows: readonly string[][], line: number, c: Collector): (Role | null)[] | null {
  const found = inferHeader(rows);
  if (!found) return null;
  c.notes.push({ severity: 'info', code: 'inferred-columns', line, message: `Table without a header; columns read by what their cells hold: ${describeInferred([], found.changed)}` });
  return found.roles;
}

/** Rows that lost their empty cells, padded on the left so their last cells line up. */
export function rightAligned(rows: readonly string[][], width: number): string[][] {
  return rows.map((r) => [...Array.from({ length: Math.max(0, width - r.length) }, () => ''), ...r]);
}

/** Roles for space-separated rows with no header, read from their right end; null when they do not read so. */
export function headerlessFromRight(rows: readonly string[][], line: number, c: Collector): { roles: (Role | null)[]; width: number } | null {
  const data = rows.filter((r) => r.length >= 4);
  if (data.length < 2) return null;
  const width = Math.max(...data.map((r) => r.length));
  const found = inferFromRight(rightAligned(data, width));
  if (!found) return null;
  c.notes.push({ severity: 'info', code: 'inferred-columns', line, message: `Rows without a header or their empty cells; columns read from the right by what their cells hold: ${describeInferred([], found.changed)}` });
  return { roles: found.roles, width };
}
