// Document text → classified lines: headings, table rows (tab, pipe or space-separated), prose.
//   '序号\t指标\t目标值' → { kind: 'row', cells: ['序号', '指标', '目标值'], layout: 'tab' }
import type { Layout } from '../schema.js';
import { cellText, hasHtml } from '../read/html.js';

export type LineKind = 'blank' | 'heading' | 'row' | 'prose';

export interface Line {
  no: number;
  kind: LineKind;
  /** The line as written. */
  raw: string;
  /** Cleaned cells for a row; one cell holding the cleaned text otherwise. */
  cells: string[];
  /** Cleaned whole-line text (cells joined by a space for rows). */
  text: string;
  /** Markdown heading level (1–6), 0 otherwise. */
  level: number;
  layouts: Layout[];
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
// Two or more spaces (ASCII, U+3000 or NBSP) between cells of text copied out of PDF or Word.
// Or one ideographic space U+3000: Chinese text does not use it between words, so it separates cells.
const SPACE_RUN = /[ \u3000\u00a0]{2,}|\u3000/;
const SPACE_SPLIT = /[ \u00a0]*\u3000[ \u3000\u00a0]*|[ \u00a0]{2,}/;

// A delimiter row without outer pipes: --- | --- | ---
const BARE_RULE = /^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

export function classifyLines(rawLines: readonly string[]): Line[] {
  const lines = rawLines.map((raw, i) => classifyLine(raw, i + 1));
  // A pipe table may leave out its outer pipes (GFM allows it): its delimiter row makes the line above the header
  // and the pipe lines below its rows, every | a cell boundary — so ' | | 名称 | 8 | ' has empty first and last cells.
  for (let i = 0; i < lines.length; i++) {
    if (!BARE_RULE.test(lines[i]!.raw)) continue;
    lines[i] = { ...lines[i]!, kind: 'blank', cells: [], text: '', layouts: ['pipe'] };
    const header = lines[i - 1];
    if (header && header.kind !== 'blank' && header.raw.includes('|')) lines[i - 1] = bareRow(header);
    for (let j = i + 1; j < lines.length && lines[j]!.raw.includes('|') && !BARE_RULE.test(lines[j]!.raw); j++) lines[j] = bareRow(lines[j]!);
  }
  return lines;
}

function bareRow(line: Line): Line {
  return row(line.no, line.raw, line.raw.split(/(?<!\\)\|/), [...line.layouts.filter((l) => l !== 'prose' && l !== 'pipe'), 'pipe'], hasHtml(line.raw));
}

function classifyLine(raw: string, no: number): Line {
  const html = hasHtml(raw);
  const layouts: Layout[] = html ? ['html'] : [];
  const trimmed = raw.trim();
  if (trimmed === '') return { no, kind: 'blank', raw, cells: [], text: '', level: 0, layouts };
  const heading = HEADING.exec(trimmed);
  if (heading && !raw.includes('\t')) {
    const text = clean(heading[2] ?? '');
    return { no, kind: 'heading', raw, cells: [text], text, level: heading[1]!.length, layouts: [...layouts, 'markdown'] };
  }
  if (raw.includes('\t')) return row(no, raw, raw.split('\t'), [...layouts, 'tab'], html);
  if (PIPE_ROW.test(raw)) {
    if (PIPE_RULE.test(raw)) return { no, kind: 'blank', raw, cells: [], text: '', level: 0, layouts: ['pipe'] };
    const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
    return row(no, raw, inner.split(/(?<!\\)\|/), [...layouts, 'pipe'], html);
  }
  const spaced = spacedCells(trimmed);
  if (spaced) return row(no, raw, spaced, [...layouts, 'spaces'], html);
  const text = clean(trimmed);
  return { no, kind: 'prose', raw, cells: [text], text, level: 0, layouts: [...layouts, 'prose'] };
}

/** `html`: whether the whole line has markup; a line without any needs no check per cell. */
function row(no: number, raw: string, rawCells: string[], layouts: Layout[], html: boolean): Line {
  const cells = rawCells.map(html ? clean : tidy);
  return { no, kind: 'row', raw, cells, text: cells.filter(Boolean).join(' '), level: 0, layouts };
}

/** Cells of a row separated by runs of spaces, or null when the line reads as prose. */
function spacedCells(trimmed: string): string[] | null {
  if (!SPACE_RUN.test(trimmed)) return null;
  const cells = trimmed.split(SPACE_SPLIT);
  // A prose sentence with a double space is not a row: rows have short cells.
  if (cells.some((c) => c.length > 80)) return null;
  // Two cells ending in 。 are a sentence, unless the second is a value a clerk closed with a full stop (≥90%。).
  const valueLast = /^[≥≤><≧≦]?\s*[\d０-９][^，,]{0,12}$/.test(cells[1] ?? '');
  if (cells.length === 2 && (cells.some((c) => c.length > 40) || (/[。；]$/.test(trimmed) && !valueLast))) return null;
  return cells;
}

/** HTML removed, whitespace collapsed: the text a reader sees in a cell. */
const UNTIDY_SPACE = /\s{2,}|[\t\n\r\f\v\u00a0\u3000]/;

export function clean(cell: string): string {
  return tidy(hasHtml(cell) ? cellText(cell) : cell);
}

function tidy(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
