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

export function textLines(text: string): Line[] {
  const rawLines = stripSpreadsheet(joinQuotedCells(splitLines(cleanText(text))));
  return joinBrokenRows(classifyLines(alignPdfColumns(unflatten(htmlTableLines(rawLines)))));
}
