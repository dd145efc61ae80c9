// Text a crawler flattened (cells joined by ` | `, one cell a line closed by `|`, or single spaces) → rows the
// gapped reader aligns.   '质量指标 | 覆盖率 | ≧ | 100 | % | 100% | 10 |' → '质量指标  覆盖率  ≧  100  %  100%  10'
import { roleOf } from './columns.js';
import { keyLineCells } from './key-lines.js';
import { rebuildParted } from './pipe-parted.js';
import { detectHeader, UNIT_IN_BRACKETS } from './header.js';

const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*\|/;
const PIPES_ONLY = /^\s*\|+\s*$/;
const CELL_LINE = /\|\s*$/;
// Runs of two spaces separate cells for the line classifier; a cell's own spaces collapse to one.
const GAP = '  ';

/** Whether the text reads as flattened: no tabs, and pipes or header words joined by single spaces. */
function isFlattened(lines: readonly string[]): boolean {
  // Tab rows, or a markdown table (its |---| delimiter row), keep their cells.
  if (lines.some((l) => l.includes('\t') || MARKDOWN_RULE.test(l))) return false;
  // A pipe table framed row by row is markdown; a crawler leaves bare pipes, and cells closed by a pipe but not opened.
  const framed = (l: string) => /^\s*\|.*\|\s*$/.test(l) && !PIPES_ONLY.test(l);
  const piped = lines.filter((l) => PIPES_ONLY.test(l) || (l.includes('|') && !framed(l))).length;
  return piped >= 3 || lines.some(isSpacedHeader);
}

function cellsOf(line: string): string[] {
  return line.split('|').map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A line of column names joined by single spaces: 一级指标 二级指标 三级指标 指标性质 目标值 分值. */
function isSpacedHeader(line: string): boolean {
  // Runs of spaces or U+3000 between cells are a PDF copy's layout, which its own reader aligns.
  if (line.includes('|') || line.length > 400 || /\S(?: {2,}|\u3000)\S/.test(line.trim())) return false;
  const tokens = line.trim().split(/\s+/);
  const known = tokens.filter((t) => roleOf(t) !== null).length;
  return tokens.length >= 4 && known >= 3 && known >= tokens.length / 2;
}

// A data row joined by single spaces: a few short tokens, one of them a figure.
function isSpacedRow(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 16 && tokens.every((t) => t.length <= 60) && tokens.slice(1).some((t) => /\d/.test(t));
}

function isFragment(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 6 && !/[\d\s|]/.test(t);
}

/** The line a fragment joins: the nearest line above it (blanks left by joining skipped) if it is short text. */
function fragmentAt(out: readonly string[], from: number): number | null {
  // A few blanks at most: a long run of them ends the cell (and keeps this walk short on hostile input).
  let i = from;
  while (i >= 0 && i > from - 8 && out[i] === '') i--;
  const t = out[i]?.trim() ?? '';
  return i >= 0 && t.length <= 12 && !/\d|  /.test(t) ? i : null;
}

/**
 * Rebuilds rows: a line of pipes closes a row whose cells came one a line; ` | ` joins cells; under a header of
 * single-space-joined column names, the rows below are split the same way. Line count is kept (joined lines leave
 * blanks), so line numbers still point into the file.
 */
export function unflatten(lines: readonly string[]): string[] {
  if (isCellPerLine(lines)) return groupCells(lines);
  const parted = rebuildParted(lines);
  if (parted) return parted;
  if (!isFlattened(lines)) return [...lines];
  const out = [...lines];
  let open: number[] = [];
  let spaced = false;
  // A lone cell closed by its pipe is that cell's text: '绩效目标自评表 (2019年度) |'.
  const close = () => {
    const cells = open.flatMap((i) => cellsOf(lines[i]!));
    // Each cell on a line of its own: a budget header run into its first row of figures parts at the row's label,
    // and a section's label with its points (预算执行情况(10分)) before the header stands alone.
    const at = cells.length === open.length ? headerEnd(cells) : 0;
    const section = cells.slice(0, at).findLastIndex((c) => SECTION.test(c));
    const cuts = at > 0 ? [...new Set([0, ...(section >= 0 ? [section, section + 1] : []), at, cells.length])] : [0, cells.length];
    open.forEach((i) => (out[i] = ''));
    cuts.slice(0, -1).forEach((from, n) => (out[open[from]!] = cells.slice(from, cuts[n + 1]).join(GAP)));
    open = [];
  };
  lines.forEach((line, i) => {
    if (PIPES_ONLY.test(line)) {
      close();
      out[i] = '';
      return;
    }
    if (CELL_LINE.test(line) && !/ \| /.test(line) && cellsOf(line).length <= 1) {
      open.push(i);
      return;
    }
    close();
    if (line.includes('|')) {
      out[i] = cellsOf(line).join(GAP);
      spaced = false;
      return;
    }
    // 实施单位 某县局 / 资金总额 3: a key and its value joined by one space.
    const keyed = keyLineCells(line);
    if (keyed) {
      out[i] = keyed.join(GAP);
      return;
    }
    // Under the header, rows run to the next blank line; a line cut at a merged cell (项目效益 / 指标) stays as it is.
    if (isSpacedHeader(line)) spaced = true;
    else if (line.trim() === '' || line.length > 400) spaced = false;
    if (spaced && (isSpacedHeader(line) || isSpacedRow(line))) out[i] = line.trim().split(/\s+/).join(GAP);
    // A merged cell's text cut over lines (社会效益 / 指标): the pieces join back into one line of their own.
    else if (spaced && i > 0 && isFragment(line) && fragmentAt(out, i - 1) !== null) {
      const at = fragmentAt(out, i - 1)!;
      out[at] = `${out[at]!.trim()}${line.trim()}`;
      out[i] = '';
    }
  });
  close();
  return out;
}

/** Where the first row starts after a budget header's cells: its label, followed by figures (总额 | 238.93 | 251.89); 0 when none. */
const SECTION = /[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;

function headerEnd(cells: readonly string[]): number {
  const figure = (c: string | undefined) => c !== undefined && /^[-+]?\d[\d,]*(?:\.\d+)?%?$/.test(c);
  const at = cells.findIndex((c, j) => j >= 3 && !/\d/.test(c) && figure(cells[j + 1]) && figure(cells[j + 2]));
  if (at < 0 || cells.slice(0, at).some((c) => /\d/.test(c.replace(UNIT_IN_BRACKETS, '').replace(SECTION, '')))) return 0;
  return detectHeader(cells.slice(0, at))?.kind === 'budget' ? at : 0;
}

/** Cells one a line with a blank line between them, rows parted by two blank lines or more: a page's cells as a converter lays them out. */
function isCellPerLine(lines: readonly string[]): boolean {
  if (lines.some((l) => l.includes('\t') || l.includes('|'))) return false;
  let isolated = 0;
  let filled = 0;
  let wideGaps = 0;
  lines.forEach((l, i) => {
    if (l.trim() === '') {
      if (i >= 2 && lines[i - 1]!.trim() === '' && lines[i - 2]!.trim() !== '') wideGaps++;
      return;
    }
    filled++;
    if ((lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') isolated++;
  });
  return filled >= 20 && wideGaps >= 5 && isolated >= 0.8 * filled;
}

/** Joins each run of cells parted by single blank lines into one row on its first line. */
function groupCells(lines: readonly string[]): string[] {
  const out = [...lines];
  let start = -1;
  let cells: string[] = [];
  const flush = () => {
    if (start >= 0 && cells.length > 1) out[start] = cells.join(GAP);
    start = -1;
    cells = [];
  };
  const blank = (i: number) => (lines[i] ?? '').trim() === '';
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t === '') {
      if (blank(i + 1)) flush();
      return;
    }
    // A line with text right above or below it is the page's own text (a title, a byline), not a cell.
    if (!blank(i - 1) || !blank(i + 1)) {
      flush();
      return;
    }
    if (start < 0) start = i;
    else out[i] = '';
    cells.push(t.replace(/\s+/g, ' '));
  });
  flush();
  return out;
}
