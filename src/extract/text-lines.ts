// Text → its classified lines, through every line-level reader: Excel's quoted cells, a sheet's chrome, page rows,
// text a crawler flattened, PDF columns, line classes, rows broken inside a cell. Line n is the source's line n.
//   '项目名称\t培训\n产出指标\t"新建\n实训室"\t≥4个' → [row(1), row(2: 新建实训室), blank(3)]
import { cleanText, splitLines } from '../read/lines.js';
import { joinBrokenRows } from './broken-rows.js';
import { htmlTableLines } from './html-table.js';
import { classifyLines, type Line } from './lines.js';
import { alignPdfColumns } from './pdf-columns.js';
import { joinQuotedCells } from './quoted-cells.js';
import { stripSpreadsheet } from './spreadsheet.js';
import { unflatten } from './flattened.js';
import { spreadRunOn } from './run-on.js';

export function textLines(text: string): Line[] {
  return linesOf(stripSpreadsheet(joinQuotedCells(splitLines(cleanText(text)))));
}

function linesOf(rawLines: readonly string[]): Line[] {
  return joinBrokenRows(classifyLines(alignPdfColumns(unflatten(htmlTableLines(rawLines)))));
}

/**
 * textLines, with a table a crawler ran onto one line spread over rows of its own: `origin[n - 1]` is the source
 * line of line n (empty when no table was spread, and line n is then the source's line n).
 */
export function spreadTextLines(text: string): { lines: Line[]; origin: number[]; tables: { line: number; rows: number }[] } {
  const raw = stripSpreadsheet(joinQuotedCells(splitLines(cleanText(text))));
  const spread = spreadRunOn(raw);
  return spread ? { lines: linesOf(spread.lines), origin: spread.origin, tables: spread.tables } : { lines: linesOf(raw), origin: [], tables: [] };
}
