// A table drawn without lines keeps its columns only as positions: lines of two or more runs of text far apart,
// stacked, with their runs starting at the same places, are a table; a line with text only under cells of the row
// above, close below it, is those cells wrapped:
//   'Name    Target   Done' / 'Visits  ≥120     130' / '        times' → rows [Name, Target, Done], [Visits, ≥120, 130 times]
import type { Cell, Table } from '../../model.js';
import type { Run } from './page.js';
import { joinWrapped, lineText, type TextLine } from './text-lines.js';

export interface PagedLine {
  line: TextLine;
  page: number;
}

interface Segment {
  x0: number;
  text: string;
}

// A gap this many times the font size parts two cells; starts this close are one column.
const CELL_GAP = 1.6;
const SAME_COLUMN = 1.2;

/** Splits lines into runs of plain text and borderless tables, in order. */
export function findColumnTables(lines: readonly PagedLine[]): ({ table: PagedLine[] } | { text: PagedLine[] })[] {
  const out: ({ table: PagedLine[] } | { text: PagedLine[] })[] = [];
  let i = 0;
  while (i < lines.length) {
    const end = tableEnd(lines, i);
    if (end > i) {
      out.push({ table: lines.slice(i, end) });
      i = end;
      continue;
    }
    const last = out[out.length - 1];
    if (last && 'text' in last) last.text.push(lines[i]!);
    else out.push({ text: [lines[i]!] });
    i++;
  }
  return out;
}

/** Where a borderless table that starts at line i ends (exclusive), or i when none starts there. */
function tableEnd(lines: readonly PagedLine[], i: number): number {
  if (segments(lines[i]!.line).length < 2) return i;
  let end = i + 1;
  let multi = 1;
  while (end < lines.length) {
    const prev = lines[end - 1]!;
    const cur = lines[end]!;
    if (cur.page !== prev.page || cur.line.y - prev.line.y > prev.line.size * 2.6) break;
    const segs = segments(cur.line);
    if (segs.length < 2 && cur.line.x0 <= lines[i]!.line.x0 + cur.line.size) break;
    if (segs.length >= 2) multi++;
    end++;
  }
  return multi >= 2 ? end : i;
}

function segments(line: TextLine): Segment[] {
  const out: { x0: number; x1: number; runs: Run[] }[] = [];
  for (const run of line.runs) {
    const last = out[out.length - 1];
    if (last && run.x0 - last.x1 < run.size * CELL_GAP) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x1);
    } else out.push({ x0: run.x0, x1: run.x1, runs: [run] });
  }
  return out.map((s) => ({ x0: s.x0, text: lineText({ ...line, runs: s.runs }) }));
}

/** The lines of a borderless table → a table of single cells on the columns its runs start at. */
export function columnTable(lines: readonly PagedLine[], n: number): Table {
  const size = lines[0]!.line.size;
  const starts = lines.flatMap((l) => segments(l.line).map((s) => s.x0)).sort((a, b) => a - b);
  const anchors: number[] = [];
  for (const x of starts) if (anchors.length === 0 || x - anchors[anchors.length - 1]! > size * SAME_COLUMN) anchors.push(x);
  const colOf = (x: number): number => Math.max(0, anchors.findLastIndex((a) => a <= x + size * SAME_COLUMN * 0.5));
  const rows: { texts: string[][]; page: number; y: number; size: number }[] = [];
  for (const { line, page } of lines) {
    const segs = segments(line);
    const prev = rows[rows.length - 1];
    const cols = segs.map((s) => colOf(s.x0));
    // Wrapped: nothing in the first column, close below, and text only where the row above has some.
    const wrapped = prev !== undefined && !cols.includes(0) && line.y - prev.y <= prev.size * 1.6 && cols.every((c) => prev.texts[c]!.length > 0);
    const row = wrapped ? prev : { texts: anchors.map((): string[] => []), page, y: line.y, size: line.size };
    segs.forEach((s, k) => row.texts[cols[k]!]!.push(s.text));
    row.y = line.y;
    if (!wrapped) rows.push(row);
  }
  const cells: Cell[] = rows.flatMap((r, ri) =>
    r.texts.map((t, ci) => ({ text: joinWrapped(t), row: ri, col: ci, rowSpan: 1, colSpan: 1, where: { page: r.page, table: n, row: ri + 1, column: ci + 1 } })),
  );
  return { type: 'table', rows: rows.length, cols: anchors.length, cells, where: { page: lines[0]!.page, table: n } };
}
