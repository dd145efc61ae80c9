// Every page's items → the document's blocks: running lines dropped, a table continued on the next page joined to
// its first part (same outer edges), lines of text gathered into paragraphs, a line in a bigger font a heading:
//   page 1 [title, table (rows 1–9)], page 2 [table (rows 1–4)]  →  [heading, table (13 rows)]
import type { Block, Cell, Paragraph, Heading, Table } from '../../model.js';
import type { PageItem, PageTable, PlacedCell } from './layout.js';
import { dropRunning } from './running.js';
import { columnTable, findColumnTables } from './columns.js';
import { firstWordWidth, joinWrapped, lineText, type TextLine } from './text-lines.js';

// Edges this close (points) are the same column edge on two pages.
const EDGE = 3;
// A cell's last line this far (font sizes) short of its right edge left room for more, this close is full; text
// this close above a cell's bottom is at the page's cut.
const ROOM = 2;
const FULL = 1.5;
const CUT = 1.2;

export function documentBlocks(pages: PageItem[][], heights: readonly number[]): Block[] {
  const body = bodySize(pages);
  const kept = dropRunning(pages, heights, body);
  const blocks: Block[] = [];
  let parts: PageTable[] = [];
  let lines: { line: TextLine; page: number }[] = [];
  const flushLines = (): void => {
    for (const group of findColumnTables(lines)) {
      if ('table' in group) blocks.push(columnTable(group.table, blocks.filter((b) => b.type === 'table').length + 1));
      else blocks.push(...textBlocks(group.text, body));
    }
    lines = [];
  };
  const flushTable = (): void => {
    if (parts.length > 0) blocks.push(tableOf(parts, blocks.filter((b) => b.type === 'table').length + 1));
    parts = [];
  };
  kept.forEach((items, p) => {
    items.forEach((item, i) => {
      if (item.type === 'line') {
        flushTable();
        lines.push({ line: item.line, page: p + 1 });
        return;
      }
      const last = parts[parts.length - 1];
      // Continued: the first thing on this page, right after a table that ended the last page, on the same edges.
      const continued = last !== undefined && i === 0 && last.page === p && sameEdges(last, item.table);
      if (!continued) flushTable();
      flushLines();
      parts.push(item.table);
    });
  });
  flushTable();
  flushLines();
  return blocks;
}

/** Same outer edges, and most inner edges of the part with fewer standing where the other has one. */
function sameEdges(a: PageTable, b: PageTable): boolean {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= EDGE;
  if (!near(a.xs[0]!, b.xs[0]!) || !near(a.xs[a.xs.length - 1]!, b.xs[b.xs.length - 1]!)) return false;
  const [few, many] = a.xs.length <= b.xs.length ? [a.xs, b.xs] : [b.xs, a.xs];
  const inner = few.slice(1, -1);
  return inner.filter((x) => many.some((y) => near(x, y))).length >= inner.length * 0.6;
}

/** The parts of a table, stacked on one set of column edges; a row the page broke in two is joined back. */
function tableOf(parts: PageTable[], n: number): Table {
  const xs = unionEdges(parts.flatMap((p) => p.xs));
  const col = (x: number): number => xs.reduce((best, e, i) => (Math.abs(e - x) < Math.abs(xs[best]! - x) ? i : best), 0);
  const cells: Cell[] = [];
  const placedOf = new Map<Cell, PlacedCell>();
  let offset = 0;
  for (const part of parts) {
    const broken = offset > 0 && brokenRow(cells, placedOf, offset - 1, part, col, parts[parts.indexOf(part) - 1]!);
    const shift = broken ? offset - 1 : offset;
    for (const c of part.cells) {
      const [c0, c1] = [col(c.x0), col(c.x1)];
      const above = broken && c.row === 0 ? cells.find((a) => a.col === c0 && a.row + a.rowSpan === offset) : undefined;
      if (above) {
        above.text = joinWrapped([above.text, c.text]);
        above.rowSpan += c.rowSpan - 1;
        continue;
      }
      const row = shift + c.row;
      placedOf.set(cells[cells.push({ text: c.text, row, col: c0, rowSpan: c.rowSpan, colSpan: Math.max(1, c1 - c0), where: { page: part.page, table: n, row: row + 1, column: c0 + 1 } }) - 1]!, c);
    }
    offset = shift + part.rows;
  }
  return { type: 'table', rows: offset, cols: xs.length - 1, cells, where: { page: parts[0]!.page, table: n } };
}

/** Whether the first row of a part goes on with the last row above it (the page cut the row): its text stands only under cells of that row that had text. */
function brokenRow(cells: readonly Cell[], placedOf: Map<Cell, PlacedCell>, last: number, part: PageTable, col: (x: number) => number, before: PageTable): boolean {
  const ending = cells.filter((c) => c.row + c.rowSpan - 1 === last);
  const first = part.cells.filter((c) => c.row === 0);
  if (!first.some((c) => c.text !== '')) return false;
  const above = (x: number): Cell | undefined => ending.find((a) => a.col === col(x));
  const goesOn = first.filter((c) => c.text !== '').map((c) => above(c.x0));
  if (!goesOn.every((a) => a !== undefined && a.text !== '')) return false;
  const placedAbove = goesOn.map((a) => placedOf.get(a!));
  const gaps = placedAbove.map((p) => p?.gap ?? Infinity);
  // A row of one-line cells none of which is full had room left: a cell goes on over the page only for lack of it.
  if (placedAbove.every((p) => p !== undefined && p.lines <= 1 && p.slack > ROOM)) return false;
  // Every cell that goes on has its text down at the cut, lower than whole cells of the table keep theirs, or one
  // has and every one is full to its right edge …
  const cut = Math.min(CUT, restingGap(before) - 0.5);
  if (gaps.every((g) => g <= cut)) return true;
  if (gaps.some((g) => g <= cut) && placedAbove.every((p) => p !== undefined && p.slack <= FULL)) return true;
  // … or every cell that goes on ran down to the cut, one of them over several lines …
  const tall = gaps.every((g) => g <= 1.8) && goesOn.some((a) => (placedOf.get(a!)?.lines ?? 0) >= 2);
  // … or a cell finished above while a cell to its left still had more to say (an empty cell at the left edge is
  // more often a group merged down the rows than a finished one), and fewer cells go on than there were.
  const leftmost = Math.min(...first.filter((c) => c.text !== '').map((c) => c.x0));
  const ended = first.some((c) => c.text === '' && c.x0 > leftmost && above(c.x0)?.row === last && above(c.x0)!.text !== '');
  const fewer = first.filter((c) => c.text !== '').length < ending.filter((a) => a.text !== '').length;
  return tall || (ended && fewer && gaps.every((g) => g <= 2.6));
}

/** How far above their bottom whole cells (not the last row's, which the page may have cut) keep their text: the median. */
function restingGap(part: PageTable): number {
  const gaps = part.cells.filter((c) => c.lines > 0 && c.row + c.rowSpan < part.rows).map((c) => c.gap).sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : gaps[Math.floor(gaps.length / 2)]!;
}

function unionEdges(values: number[]): number[] {
  const out: number[] = [];
  for (const x of values.sort((a, b) => a - b)) if (out.length === 0 || x - out[out.length - 1]! > EDGE) out.push(x);
  return out;
}

/** Lines → paragraphs (a line wrapped at the right margin goes on in the next) and headings (short, in a bigger font). */
function textBlocks(lines: { line: TextLine; page: number }[], body: number): (Paragraph | Heading)[] {
  // The right margin: where most long lines end (a line or two may run past it).
  const ends = lines.map((l) => l.line.x1).sort((a, b) => a - b);
  const right = ends[Math.floor((ends.length - 1) * 0.8)] ?? 0;
  const groups: { texts: string[]; page: number; end: number; size: number; last: TextLine }[] = [];
  for (const { line, page } of lines) {
    const open = groups[groups.length - 1];
    // A paragraph goes on over a page break (running lines are gone by now, and no table stands between).
    if (open && (open.end === page || open.end === page - 1) && wraps(open.last, line, right, open.end === page)) {
      open.texts.push(lineText(line));
      open.last = line;
      open.end = page;
    } else groups.push({ texts: [lineText(line)], page, end: page, size: line.size, last: line });
  }
  return groups.map((g): Paragraph | Heading => {
    const text = joinWrapped(g.texts);
    // A '# title' printed as it was typed is left to the line reader, which knows markdown headings.
    if (g.size >= body * 1.15 && text.length <= 60 && !/^#{1,6}\s/.test(text)) {
      return { type: 'heading', level: g.size >= body * 1.6 ? 1 : g.size >= body * 1.3 ? 2 : 3, text, where: { page: g.page } };
    }
    return { type: 'paragraph', text, where: { page: g.page } };
  });
}

/** A line that reached the right margin goes on in the next line of the same size just below it (or atop the next page). */
function wraps(prev: TextLine, next: TextLine, right: number, samePage: boolean): boolean {
  const near = !samePage || next.y - prev.y <= prev.size * 1.9;
  const sameSize = Math.abs(next.size - prev.size) <= prev.size * 0.1;
  // The next line starts where this one did, or both are centred (a title, a centred paragraph's last line).
  const aligned = next.x0 <= prev.x0 + prev.size * 0.5 || Math.abs(next.x0 + next.x1 - prev.x0 - prev.x1) <= prev.size * 2;
  // Short of the margin, it wrapped all the same when the next line's first word would not have fitted after it.
  const full = prev.x1 >= right - prev.size * 2 || prev.x1 + firstWordWidth(next) > right;
  return near && sameSize && full && aligned;
}

/** The most common font size of the document's text (rounded to a point). */
function bodySize(pages: PageItem[][]): number {
  const count = new Map<number, number>();
  for (const items of pages) for (const item of items) {
    if (item.type !== 'line') continue;
    for (const run of item.line.runs) count.set(Math.round(run.size), (count.get(Math.round(run.size)) ?? 0) + run.text.length);
  }
  let best = 10;
  for (const [size, n] of count) if (n > (count.get(best) ?? 0)) best = size;
  return best;
}
