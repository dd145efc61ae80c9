// The PDF reader on layouts LibreOffice writes for documents it has never seen: a column line drawn in pieces a
// hair apart, a figure broken in a narrow cell; files written by test/helpers/pdf.ts.
import { describe, expect, it } from 'vitest';
import { pdfReader } from '../../src/read/pdf/index.js';
import { mergeRules } from '../../src/read/pdf/grid.js';
import { joinWrapped } from '../../src/read/pdf/text-lines.js';
import { gridOf, type DocModel, type Table } from '../../src/model.js';
import { gridLines, makePdf, type PdfPage } from '../helpers/pdf.js';

async function read(pages: PdfPage[]): Promise<DocModel> {
  return pdfReader.read(makePdf(pages), { path: 't.pdf' });
}

function tables(model: DocModel): Table[] {
  return model.blocks.filter((b): b is Table => b.type === 'table');
}

/** The table as rows of slot texts: a spanning cell's text in its top-left slot, '^' where it covers. */
function slots(table: Table): string[][] {
  return gridOf(table).map((row, r) => row.map((cell, c) => (cell === null ? '?' : cell.row === r && cell.col === c ? cell.text : '^')));
}

describe('PDF layouts', () => {
  it('joins a line drawn in two pieces a tenth of a point apart, the lower piece first in order', () => {
    const merged = mergeRules([
      { at: 233.7, from: 616.9, to: 650.8 },
      { at: 233.8, from: 28.6, to: 617.6 },
    ]);
    expect(merged).toEqual([{ at: 233.7, from: 28.6, to: 650.8 }]);
  });

  it('keeps pieces of one line that do not meet apart', () => {
    const merged = mergeRules([
      { at: 100, from: 500, to: 600 },
      { at: 100.1, from: 20, to: 80 },
    ]);
    expect(merged).toHaveLength(2);
  });

  it('keeps a column whose line the page drew in two pieces a hair apart', async () => {
    const lines = gridLines([50, 150, 250], [100, 120, 140, 160]).filter(([x1, , x2]) => !(x1 === 150 && x2 === 150));
    lines.push([150, 140, 150, 160], [150.1, 100, 150.1, 140.5]);
    const texts = [
      { x: 55, y: 114, text: '指标' }, { x: 155, y: 114, text: '分值' },
      { x: 55, y: 134, text: '甲' }, { x: 155, y: 134, text: '10' },
      { x: 55, y: 154, text: '乙' }, { x: 155, y: 154, text: '20' },
    ];
    const [table] = tables(await read([{ lines, texts }]));
    expect(slots(table!)).toEqual([['指标', '分值'], ['甲', '10'], ['乙', '20']]);
  });

  it('joins a figure a narrow cell broke before its decimal point', async () => {
    expect(joinWrapped(['1,058', '.35'])).toBe('1,058.35');
    const texts = [{ x: 55, y: 114, text: '1,058' }, { x: 55, y: 126, text: '.35' }, { x: 105, y: 114, text: '10' }];
    const [table] = tables(await read([{ lines: gridLines([50, 100, 150], [100, 132]), texts }]));
    expect(slots(table!)).toEqual([['1,058.35', '10']]);
  });
});
