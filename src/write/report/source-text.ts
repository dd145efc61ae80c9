// A text source → the lines the interpreter read, by number: runs of rows become grids, the rest text lines.
//   '标题\n序号\t指标\t目标值\n1\t培训人次\t≥150人次' → [text l1, grid [l2: c2.0 c2.1 c2.2, l3: c3.0 c3.1 c3.2]]
import { cleanText, splitLines } from '../../read/lines.js';
import type { Line } from '../../extract/lines.js';
import { textLines } from '../../extract/text-lines.js';
import { detectHeader, subHeaderRoles } from '../../extract/header.js';
import type { Source, SourceBlock, SourceRow } from './types.js';

/** Column names, as the interpreter takes them: a header row, or a second row of names below one. */
export function isHeader(cells: readonly string[]): boolean {
  return detectHeader(cells) !== null || subHeaderRoles(cells) !== null;
}

/** The lines parse.ts reads a text as (the same function), so line n here is the line n every indicator and finding names. */
export function readLines(text: string): { lines: Line[]; written: string[] } {
  return { lines: textLines(text), written: splitLines(cleanText(text)) };
}

export function textSource(text: string): Source {
  const { lines, written } = readLines(text);
  const blocks: SourceBlock[] = [];
  let grid: SourceRow[] | null = null;
  for (const line of lines) {
    if (line.kind === 'row') {
      if (!grid) blocks.push({ t: 'grid', rows: (grid = []) });
      const row: SourceRow = { anchor: `l${line.no}`, no: line.no, cells: line.cells.map((text, k) => ({ id: `c${line.no}.${k}`, text })) };
      grid.push(isHeader(line.cells) ? { ...row, head: true } : row);
      continue;
    }
    const shown = line.kind === 'blank' ? (written[line.no - 1] ?? '').trim() : line.text;
    grid = null;
    if (line.kind === 'blank' && shown === '') continue;
    const block: SourceBlock = { t: 'text', anchor: `l${line.no}`, no: line.no, cell: `c${line.no}.0`, text: shown, level: line.level };
    blocks.push(line.kind === 'blank' ? { ...block, joined: true } : block);
  }
  return { kind: 'lines', blocks };
}
