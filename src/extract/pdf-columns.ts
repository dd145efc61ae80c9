// An indicator table copied out of PDF keeps its columns only as positions: cells are runs of text at the
// columns of the header above them, a merged cell leaves a gap, and a long cell wraps onto the next lines at its
// own column. This reads such a table by position:
//   '绩效指标  一级指标  …  三级指标                    年度指标值 …'
//   '          产出指标  …  为防汛抗旱决策提供水情      ≥120次     …'
//   '                       服务次数'                                 → one tab row, 三级指标 '为防汛抗旱决策提供水情服务次数'
// A header wrapped over two lines ('年度' over '指标值') is joined the same way. Rows become tab rows, and the lines
// a wrapped cell continued on become blank, so every line keeps its number.
import { detectHeader } from './header.js';
import type { Role } from './columns.js';
import { classLabel } from '../assemble/taxonomy.js';
import { breakJoiner, charWidth } from './width.js';

interface Cell {
  text: string;
  /** Display column where the cell starts: Chinese characters are two columns wide, as a PDF lays them out. */
  start: number;
}

// Columns whose cells make a row a new indicator: a line with text only elsewhere continues the row above.
const VALUE_ROLES: ReadonlySet<Role> = new Set(['target', 'periodTarget', 'achieved', 'max', 'got', 'operator', 'unit', 'budget', 'serial']);
const ROW_KEY = /^(?:总分|总计|合计|总得分|自评得分|自评等级|评价等级|等级)/;
const PAGE_MARK = /^(?:第\s*\d+\s*页|[-—–]\s*\d+\s*[-—–]$|共\s*\d+\s*页)/;

export function alignPdfColumns(lines: readonly string[]): string[] {
  const out = [...lines];
  // Lines at the top of a page, before the table's header comes again: a running header, not a row.
  let pageTop = 0;
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (PAGE_MARK.test(line.trim())) {
      pageTop = 3;
      continue;
    }
    if (line.includes('\t') || (pageTop === 0 && line.indexOf('  ') < 0) || line.trim() === '') continue;
    const header = /\S {2,}\S/.test(line) ? headerAt(out, i) : null;
    if (pageTop > 0) {
      pageTop = header ? 0 : pageTop - 1;
      // A running header is a line or two of words (单位名称 … 2025年部门预算公开); a row of the table has more cells.
      if (!header && cellsOf(line).length <= 2) {
        out[i] = line.trim().replace(/ {2,}/g, ' ');
        continue;
      }
    }
    if (!header) continue;
    i = readTable(out, i, header);
  }
  return out;
}

interface Header {
  anchors: number[];
  roles: (Role | null)[];
  /** The line after the header, when the header wrapped onto it. */
  last: number;
}

function headerAt(lines: string[], i: number): Header | null {
  let cells = cellsOf(lines[i]!);
  if (cells.length < 3 || !aligned(lines, i, cells.map((c) => c.start))) return null;
  let last = i;
  // A header wrapped onto the next line: words only, each under a column of the first line.
  const next = lines[i + 1];
  if (next !== undefined && !/\d/.test(next) && next.trim() !== '') {
    const wrapped = cellsOf(next);
    const anchors = cells.map((c) => c.start);
    if (wrapped.length > 0 && wrapped.every((w) => anchors.some((a) => Math.abs(a - w.start) <= 1))) {
      cells = cells.map((c) => ({ ...c, text: c.text + wrapped.filter((w) => Math.abs(w.start - c.start) <= 1).map((w) => w.text).join('') }));
      last = i + 1;
    }
  }
  const detected = detectHeader(cells.map((c) => c.text));
  if (detected?.kind !== 'indicators') return null;
  lines[i] = cells.map((c) => c.text).join('\t');
  if (last > i) lines[last] = '';
  return { anchors: cells.map((c) => c.start), roles: detected.roles, last };
}

/**
 * Whether the rows below start their cells where the header starts its columns, as a PDF's layout does; rows
 * whose cells are only separated by a few spaces (typed, or copied without layout) are left to the gapped reading.
 */
function aligned(lines: readonly string[], i: number, anchors: readonly number[]): boolean {
  let cells = 0;
  let onAnchor = 0;
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    const line = lines[j]!;
    if (line.trim() === '' || line.includes('\t')) break;
    for (const cell of cellsOf(line)) {
      cells++;
      if (anchors.some((a) => Math.abs(a - cell.start) <= 1)) onAnchor++;
    }
  }
  return cells >= 3 && onAnchor / cells >= 0.8;
}

/** Rewrites the table's rows from the header on; returns the last line it read. */
function readTable(lines: string[], i: number, header: Header): number {
  let row: string[] | null = null;
  let rowLine = -1;
  let j = header.last + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.trim() === '' || line.includes('\t') || PAGE_MARK.test(line.trim())) break;
    const cells = cellsOf(line);
    // A key–value line under the table (自评等级：…, 填报人：…) ends it.
    if (/[：:]/.test(cells[0]?.text ?? '') && (cells[0]?.start ?? 0) === 0) break;
    if (detectHeader(cells.map((c) => c.text))?.kind === 'indicators') break;
    const placed = place(cells, header.anchors);
    // A total or grade line is a row of its own, whatever its cells look like.
    const ownRow = ROW_KEY.test(cells[0]?.text ?? '');
    const continues = row !== null && !ownRow && placed.every((text, k) => !text || continuesCell(text, row![k] ?? '', header.roles[k] ?? null));
    if (continues && row) {
      placed.forEach((text, k) => {
        if (text) row![k] = (row![k] ?? '') + breakJoiner(row![k] ?? '', text) + text;
      });
      lines[j] = '';
      continue;
    }
    // A row is written once it is whole: joining it again for every wrapped line would be quadratic.
    if (row) lines[rowLine] = row.join('\t');
    row = placed;
    rowLine = j;
  }
  if (row) lines[rowLine] = row.join('\t');
  return j - 1;
}

// A value begins with an operator or a figure (not a figure's cut-off tail such as 00人次).
const VALUE_START = /^(?:[≥≤><≧≦=＝约近超]|不[低少高超]|[1-9]|0(?!\d))/;
// A cell the wrap cut short: ≤95万元/ | 公里, ≥2,400万 | 立方米, 1,180元/ | 人·月.
const CUT_SHORT = /[/／、（(,，.·\-—]$|[万亿千百]$/;

/** Whether a piece of text on a line of its own continues the cell above it rather than starting a row. */
function continuesCell(text: string, above: string, role: Role | null): boolean {
  if (role === 'class1' || role === 'class2') return classLabel(text) === null;
  if (!VALUE_ROLES.has(role as Role)) return true;
  // A figure split by the wrap: ≥1,2 | 00人次, 98. | 6%, 32 | 6人 — a value cut before its unit, never a score.
  if (role !== 'max' && role !== 'got' && /^\d/.test(text) && (/(?:,\d{0,2}|[.,])$/.test(above) || (/\d$/.test(above) && /[^\d.,\s]/.test(text)))) return true;
  return !VALUE_START.test(text) && (above === '' || CUT_SHORT.test(above));
}

/** Each cell under the last column that starts at or before it (a cell may start a little right of its header). */
function place(cells: readonly Cell[], anchors: readonly number[]): string[] {
  const row = anchors.map(() => '');
  for (const cell of cells) {
    let k = 0;
    while (k + 1 < anchors.length && anchors[k + 1]! <= cell.start + 1) k++;
    row[k] = row[k] ? `${row[k]} ${cell.text}` : cell.text;
  }
  return row;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let col = 0;
  let start = -1;
  let text = '';
  let spaces = 0;
  for (const ch of line) {
    if (ch === ' ') {
      spaces++;
    } else {
      if (start >= 0 && spaces >= 2) {
        cells.push({ text, start });
        start = -1;
        text = '';
      }
      if (start < 0) start = col;
      text += (spaces === 1 && text ? ' ' : '') + ch;
      spaces = 0;
    }
    col += charWidth(ch);
  }
  if (start >= 0) cells.push({ text, start });
  return cells;
}
