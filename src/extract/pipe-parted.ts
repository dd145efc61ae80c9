// Cells parted by lines holding a single `|`, with no row breaks (a crawler's copy of a page's table) → the indicator
// table's rows, cut at class words and values.   '一级指标\n|\n二级指标\n|\n三级指标\n|\n指标值\n|\n产出指标\n|\n数量指标\n|\n接种率\n|\n≧90%'
//   → ['一级指标\t二级指标\t三级指标\t指标值', '', …, '产出指标\t数量指标\t接种率\t≧90%', '', …]
import { roleOf } from './columns.js';
import { detectHeader } from './header.js';
import { cutRows, isClassCell, isValueCell, valueColumns } from './run-on.js';

const PIPE = /^\s*\|\s*$/;
const MIN_PIPES = 6;

interface Cell {
  text: string;
  line: number;
}

/** The cells of the text, each with its line: text lines next to a `|` line; two `|` lines in a row part an empty cell. */
function cellsOf(lines: readonly string[]): Cell[] {
  const cells: Cell[] = [];
  lines.forEach((line, i) => {
    if (PIPE.test(line)) {
      if (i > 0 && PIPE.test(lines[i - 1]!)) cells.push({ text: '', line: i });
      return;
    }
    if (line.trim() !== '' && (PIPE.test(lines[i - 1] ?? '') || PIPE.test(lines[i + 1] ?? ''))) cells.push({ text: line.trim(), line: i });
  });
  return cells;
}

/** The indicator header among the cells: three column names or more in a row that read as an indicator table. */
function headerAt(cells: readonly Cell[]): { from: number; to: number } | null {
  for (let from = 0; from < cells.length; from++) {
    let to = from;
    while (to < cells.length && cells[to]!.text !== '' && roleOf(cells[to]!.text.replace(/\s+/g, '')) !== null) to++;
    if (to - from >= 3 && detectHeader(cells.slice(from, to).map((c) => c.text.replace(/\s+/g, '')))?.kind === 'indicators') return { from, to };
    from = Math.max(from, to - 1);
  }
  return null;
}

/**
 * The lines with the indicator table's rows rebuilt (each row on the line of its first cell, the other lines of the
 * table blank), or null when the text is not cells parted by `|` lines or holds no indicator table.
 */
export function rebuildParted(lines: readonly string[]): string[] | null {
  if (lines.filter((l) => PIPE.test(l)).length < MIN_PIPES || lines.some((l) => l.includes('|') && !PIPE.test(l))) return null;
  const cells = cellsOf(lines);
  const header = headerAt(cells);
  if (!header) return null;
  const body = cells.slice(header.to).filter((c) => c.text !== '');
  // A class word written with a space inside it (产出 指标) is the class word.
  const pieces = body.map((c) => (isClassCell(c.text.replace(/\s+/g, '')) ? c.text.replace(/\s+/g, '') : c.text));
  // A name may open with a digit (7 岁以下儿童…): only a whole value closes a row's values.
  const { rows, stop } = cutRows(pieces, isValueCell);
  // A row cut off by the end of the excerpt (a name and a bare ≧) is left as the text it is.
  const valued = (r: readonly string[]) => r.slice(3).some((x) => isValueCell(x) && /\d/.test(x));
  const whole = rows.filter((r, k) => k < rows.length - 1 || stop < pieces.length || valued(r));
  if (!whole.some(valued)) return null;
  // The pipes part cells and hold nothing.
  const out = lines.map((l) => (PIPE.test(l) ? '' : l));
  const words = cells.slice(header.from, header.to).map((c) => c.text.replace(/\s+/g, ''));
  const last = whole.reduce((n, r) => n + r.filter(Boolean).length, 0);
  const end = body[last]?.line ?? lines.length;
  for (let i = cells[header.from]!.line; i < end; i++) out[i] = '';
  out[cells[header.from]!.line] = ['一级指标', '二级指标', '三级指标', ...valueColumns(words)].join('\t');
  let at = 0;
  for (const row of whole) {
    out[body[at]!.line] = row.join('\t');
    at += row.filter(Boolean).length;
  }
  return out;
}
