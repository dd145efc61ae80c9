// A sheet's own headings copied along with its form (a row of column letters, a column of row numbers) → taken
// away again, as the text path does for a tab copy; lines keep their numbers.
//   rows ['', 'A', 'B', 'C'], ['1', '绩效自评表'], ['2', '项目名称', '培训'] → blank, ['绩效自评表'], ['项目名称', '培训']
import type { Line } from '../extract/lines.js';

const ROW_NUMBER = /^\d{1,5}$/;

export function stripSheetHeadings(lines: readonly Line[]): Line[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (!isLetterRow(out[i]!)) continue;
    out[i] = blank(out[i]!);
    i = stripRowNumbers(out, i + 1) - 1;
  }
  return out;
}

/** A row whose cells are A, B, C… in order from its first filled cell, with at most one empty corner cell before. */
function isLetterRow(line: Line): boolean {
  if (line.kind !== 'row') return false;
  const from = line.cells[0] === '' ? 1 : 0;
  const rest = line.cells.slice(from);
  const filled = rest.filter((c) => c !== '');
  // Trailing empty slots are a grid's padding; a gap between letters is not a heading row.
  if (filled.length < 3 || rest.slice(0, filled.length).some((c) => c === '')) return false;
  return filled.every((c, k) => c === columnName(k));
}

/** The spreadsheet's name of column k (0-based): A … Z, AA … */
function columnName(k: number): string {
  return k < 26 ? String.fromCharCode(65 + k) : columnName(Math.floor(k / 26) - 1) + String.fromCharCode(65 + (k % 26));
}

/** Row numbers 1, 2, 3… in the first cell of the lines from i on (a row holding only its number may be text); returns where they stop. */
function stripRowNumbers(out: Line[], i: number): number {
  let expected: number | null = null;
  for (; i < out.length; i++) {
    const line = out[i]!;
    if (line.kind === 'blank') continue;
    const first = line.kind === 'row' ? line.cells[0]! : line.text;
    if (!ROW_NUMBER.test(first) || (expected !== null && Number(first) !== expected)) break;
    expected = Number(first) + 1;
    out[i] = line.kind === 'row' && line.cells.length > 1 ? withoutFirstCell(line) : blank(line);
  }
  return i;
}

function withoutFirstCell(line: Line): Line {
  const cells = line.cells.slice(1);
  if (cells.every((c) => c === '')) return blank(line);
  return { ...line, cells, raw: cells.join('\t'), text: cells.filter(Boolean).join(' ') };
}

function blank(line: Line): Line {
  return { ...line, kind: 'blank', raw: '', cells: [], text: '' };
}
