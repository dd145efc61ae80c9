// Text and lines a PDF draws past its page's edges (a wide table LibreOffice ran off the right edge) are read like
// the rest where they line up with the page's tables or lines; what lines up with nothing is named in a note.
import { describe, expect, it } from 'vitest';
import { pdfReader } from '../../src/read/pdf/index.js';
import { gridOf, type DocModel, type Table } from '../../src/model.js';
import { gridLines, makePdf, type PdfPage } from '../helpers/pdf.js';

// The helper's pages are 595 points wide and 842 high.
async function read(pages: PdfPage[]): Promise<DocModel> {
  return pdfReader.read(makePdf(pages), { path: 'wide.pdf' });
}

function rowsOf(model: DocModel): string[][] {
  const table = model.blocks.find((b): b is Table => b.type === 'table');
  return table ? gridOf(table).map((row) => row.map((cell) => cell?.text ?? '?')) : [];
}

describe('PDF drawn past its page edge', () => {
  it('reads the columns of a ruled table that go on past the right edge', async () => {
    const texts = [
      { x: 55, y: 114, text: '三级指标' }, { x: 255, y: 114, text: '年度指标值' }, { x: 455, y: 114, text: '实际完成值' }, { x: 655, y: 114, text: '得分' },
      { x: 55, y: 134, text: '培训人次' }, { x: 255, y: 134, text: '≥500人次' }, { x: 455, y: 134, text: '620人次' }, { x: 655, y: 134, text: '10' },
    ];
    const model = await read([{ lines: gridLines([50, 250, 450, 650, 750], [100, 120, 140]), texts }]);
    expect(rowsOf(model)).toEqual([
      ['三级指标', '年度指标值', '实际完成值', '得分'],
      ['培训人次', '≥500人次', '620人次', '10'],
    ]);
    expect(model.notes.filter((n) => n.code === 'pdf-outside-page')).toEqual([]);
  });

  it("keeps a cell's text that runs past the edge where the table's last border stands at the edge", async () => {
    // LibreOffice's way: the border drawn at the page's edge, the cell's words set on past it.
    const texts = [
      { x: 55, y: 114, text: '检查充电桩的数量' }, { x: 565, y: 114, text: '≥600个' },
      { x: 55, y: 134, text: '专精特新企业奖励标准' }, { x: 565, y: 134, text: '≤100万元' },
    ];
    const model = await read([{ lines: gridLines([50, 560, 595], [100, 120, 140]), texts }]);
    expect(rowsOf(model)).toEqual([
      ['检查充电桩的数量', '≥600个'],
      ['专精特新企业奖励标准', '≤100万元'],
    ]);
  });

  it('keeps the end of a line of text that runs past the edge, and drops text in line with nothing on the page', async () => {
    const texts = [
      { x: 400, y: 80, text: '项目绩效目标：新增就业岗位3000个' },
      // Below the page's bottom edge, on no line of the page: a printer's slug line.
      { x: 60, y: 880, text: '印刷厂作业单第17号' },
    ];
    const model = await read([{ texts }]);
    expect(model.blocks.map((b) => ('text' in b ? b.text : b.type))).toEqual(['项目绩效目标：新增就业岗位3000个']);
    const notes = model.notes.filter((n) => n.code === 'pdf-outside-page');
    expect(notes.map((n) => [n.where, n.severity])).toEqual([[{ page: 1 }, 'info']]);
    expect(notes[0]!.message).toMatch(/^Unexpected 1 piece of text drawn outside page 1/);
  });

  it('reads a page whose text is all drawn past its edge in line with a table there as that table', async () => {
    const texts = [
      { x: 655, y: 114, text: '指标名称' }, { x: 755, y: 114, text: '指标值' },
      { x: 655, y: 134, text: '培训人次' }, { x: 755, y: 134, text: '≥500人次' },
    ];
    const model = await read([{ lines: gridLines([650, 750, 850], [100, 120, 140]), texts }]);
    expect(rowsOf(model)).toEqual([
      ['指标名称', '指标值'],
      ['培训人次', '≥500人次'],
    ]);
  });
});
