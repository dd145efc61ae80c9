// A PDF the test helper wrote, read back into the document model, and its tables as rows of slot texts.
//   slots(pdfTables(await readPdf([{ texts, lines }]))[0]!) → [['三级指标', '年度指标值'], ['培训人次', '^']]
import { pdfReader } from '../../src/read/pdf/index.js';
import { gridOf, type DocModel, type Table } from '../../src/model.js';
import { makePdf, type PdfPage } from './pdf.js';

export async function readPdf(pages: PdfPage[], path = 't.pdf'): Promise<DocModel> {
  return pdfReader.read(makePdf(pages), { path });
}

export function pdfTables(model: DocModel): Table[] {
  return model.blocks.filter((b): b is Table => b.type === 'table');
}

/** The table as rows of slot texts: a spanning cell's text in its top-left slot, '^' where it covers. */
export function slots(table: Table): string[][] {
  return gridOf(table).map((row, r) => row.map((cell, c) => (cell === null ? '?' : cell.row === r && cell.col === c ? cell.text : '^')));
}
