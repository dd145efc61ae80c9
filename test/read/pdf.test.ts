// The PDF reader on its own: ruled tables with spans, a table without lines, a table over two pages with running
// headers and page numbers, Chinese through the bundled CMaps; files written by test/helpers/pdf.ts.
import { describe, expect, it } from 'vitest';
import { pdfReader } from '../../src/read/pdf/index.js';
import type { Block, DocModel } from '../../src/model.js';
import { gridLines, makePdf, type PdfPage } from '../helpers/pdf.js';
import { pdfTables, readPdf, slots } from '../helpers/pdf-model.js';

const read = (pages: PdfPage[]): Promise<DocModel> => readPdf(pages);
const tables = pdfTables;

describe('PDF reader', () => {
  it('reads Chinese set in a font without a ToUnicode map through the CMaps', async () => {
    const model = await read([{ texts: [{ x: 60, y: 80, text: '绩效目标表' }] }]);
    expect(model.blocks.map((b: Block) => ('text' in b ? b.text : ''))).toEqual(['绩效目标表']);
  });

  it('builds a ruled table with a column span and a row span where lines are missing', async () => {
    const xs = [50, 150, 250, 350];
    const ys = [100, 120, 140, 160];
    const lines = gridLines(xs, ys).filter(([x1, y1, x2, y2]) => !(x1 === 150 && x2 === 150) && !(y1 === 140 && y2 === 140));
    // the vertical at 150 stands only in rows 2–3; the horizontal at 140 only under columns 2–3
    lines.push([150, 120, 150, 160], [150, 140, 350, 140]);
    const texts = [
      { x: 55, y: 114, text: '项目名称' }, { x: 255, y: 114, text: '分值' },
      { x: 55, y: 134, text: '产出指标' }, { x: 155, y: 134, text: '数量指标' }, { x: 255, y: 134, text: '20' },
      { x: 155, y: 154, text: '质量指标' }, { x: 255, y: 154, text: '10' },
    ];
    const [table] = tables(await read([{ lines, texts }]));
    expect(slots(table!)).toEqual([
      ['项目名称', '^', '分值'],
      ['产出指标', '数量指标', '20'],
      ['^', '质量指标', '10'],
    ]);
    const cell = table!.cells.find((c) => c.text === '产出指标')!;
    expect([cell.rowSpan, cell.colSpan, cell.where]).toEqual([2, 1, { page: 1, table: 1, row: 2, column: 1 }]);
  });

  it('keeps a cell wrapped over several lines as one cell, Chinese joined without a space', async () => {
    const texts = [{ x: 55, y: 114, text: '为防汛抗旱决策' }, { x: 55, y: 126, text: '提供水情服务' }, { x: 155, y: 114, text: '≥120次' }];
    const [table] = tables(await read([{ lines: gridLines([50, 150, 250], [100, 132]), texts }]));
    expect(slots(table!)).toEqual([['为防汛抗旱决策提供水情服务', '≥120次']]);
  });

  it('reads a table without lines by the positions of its columns, a wrapped cell as one', async () => {
    const texts = [
      { x: 50, y: 100, text: '三级指标' }, { x: 200, y: 100, text: '年度指标值' }, { x: 320, y: 100, text: '实际完成值' },
      { x: 50, y: 116, text: '培训人次' }, { x: 200, y: 116, text: '≥500人次' }, { x: 320, y: 116, text: '620人次' },
      { x: 50, y: 132, text: '设备购置' }, { x: 200, y: 132, text: '12台' }, { x: 320, y: 132, text: '12台' },
      { x: 320, y: 143, text: '（已验收）' },
    ];
    const [table] = tables(await read([{ texts }]));
    expect(slots(table!)).toEqual([
      ['三级指标', '年度指标值', '实际完成值'],
      ['培训人次', '≥500人次', '620人次'],
      ['设备购置', '12台', '12台（已验收）'],
    ]);
  });

  it('joins a table continued on the next page, without its running header and page numbers', async () => {
    const xs = [50, 200, 350];
    const page = (rows: string[][], no: number): PdfPage => ({
      lines: gridLines(xs, rows.map((_, i) => 100 + i * 20).concat(100 + rows.length * 20)),
      texts: [
        { x: 50, y: 40, text: '某某局2023年度部门预算' },
        ...rows.flatMap((r, i) => r.map((t, c) => ({ x: xs[c]! + 5, y: 114 + i * 20, text: t }))),
        { x: 280, y: 800, text: `- ${no} -` },
      ],
    });
    const model = await read([page([['指标', '分值'], ['甲', '10']], 1), page([['乙', '20'], ['丙', '30']], 2)]);
    expect(tables(model)).toHaveLength(1);
    expect(slots(tables(model)[0]!)).toEqual([['指标', '分值'], ['甲', '10'], ['乙', '20'], ['丙', '30']]);
    expect(tables(model)[0]!.cells.find((c) => c.text === '丙')!.where).toEqual({ page: 2, table: 1, row: 4, column: 1 });
    expect(model.blocks.filter((b) => b.type !== 'table')).toEqual([]);
  });

  it('joins a row the page cut in two', async () => {
    const xs = [50, 200, 350];
    const first: PdfPage = {
      lines: gridLines(xs, [100, 120, 148]),
      texts: [{ x: 55, y: 114, text: '名称' }, { x: 205, y: 114, text: '说明' }, { x: 55, y: 134, text: '项目甲' }, { x: 205, y: 134, text: '第一行' }, { x: 205, y: 145, text: '第二行' }],
    };
    const second: PdfPage = { lines: gridLines(xs, [40, 60]), texts: [{ x: 205, y: 54, text: '第三行' }] };
    const [table] = tables(await read([first, second]));
    expect(slots(table!)).toEqual([['名称', '说明'], ['项目甲', '第一行第二行第三行']]);
  });

  it('reads an encrypted PDF that opens with the empty password', async () => {
    const bytes = makePdf([{ texts: [{ x: 60, y: 80, text: 'Total score 92.5' }] }], { emptyPassword: true });
    expect(bytes.includes('Total score')).toBe(false);
    const model = await pdfReader.read(bytes, { path: 'e.pdf' });
    expect(model.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(['Total score 92.5']);
  });

  it('makes a title in a bigger font a heading and wrapped prose one paragraph', async () => {
    const long = '一'.repeat(30);
    const model = await read([{ texts: [{ x: 100, y: 60, text: '绩效自评报告', size: 18 }, { x: 50, y: 100, text: long, size: 10 }, { x: 50, y: 114, text: '完。', size: 10 }] }]);
    expect(model.blocks.map((b) => [b.type, 'text' in b ? b.text : ''])).toEqual([['heading', '绩效自评报告'], ['paragraph', `${long}完。`]]);
  });
});
