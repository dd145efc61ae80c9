// A Word page's form opened in LibreOffice Calc: cells placed by their declared widths, so a column's cells start
// further right row by row (the merged cell before them growing wider), every empty cell kept as a blank.
// The workbook still reads as its text copy.
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';
import { partsByOrder } from '../../../src/read/sheet/sheet-order.js';
import type { Span } from '../../../src/read/sheet/sheet-cells.js';

const TEXT = [
  '某局2024年项目支出绩效自评表',
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
  '\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t10\t10',
  '\t\t\t发放补贴\t≥50户\t52户\t10\t9',
  '\t效益指标\t满意度指标\t群众满意度\t≥90%\t93%\t10\t8',
  '总分\t\t\t\t\t\t30\t27',
];

// Sheet rows as Calc lays them out: [column, text, merge width, merge height]; ' ' is an empty cell of the page.
type Placed = [number, string | number, number?, number?];
const DRIFTING: Placed[][] = [
  [[0, '某局2024年项目支出绩效自评表', 8]],
  [[0, '绩效指标'], [1, '一级指标'], [2, '二级指标'], [3, '三级指标'], [4, '年度指标值'], [5, '实际完成值'], [6, '分值'], [7, '得分']],
  [[0, ' '], [1, '产出指标', 1, 2], [2, '数量指标', 1, 2], [3, '培训人次'], [4, '≥100人次'], [5, '120人次', 2], [7, 10], [8, 10]],
  [[0, ' '], [3, '发放补贴'], [4, '≥50户'], [5, '52户', 3], [8, 10], [9, 9]],
  [[0, ' '], [1, '效益指标', 1, 2], [2, '满意度指标', 1, 2], [3, '群众满意度'], [4, '≥90%'], [5, '93%', 4], [9, 10], [10, 8]],
  [[0, '总分'], [3, ' '], [4, ' '], [5, ' ', 4], [9, 30], [10, 27]],
];

function drifting(rows: readonly Placed[][]): Buffer {
  const ws: WorkSheet = {};
  const merges = [];
  let last = 0;
  for (const [r, row] of rows.entries()) {
    for (const [c, v, w = 1, h = 1] of row) {
      const cell: CellObject = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
      ws[utils.encode_cell({ r, c })] = cell;
      if (w > 1 || h > 1) merges.push({ s: { r, c }, e: { r: r + h - 1, c: c + w - 1 } });
      last = Math.max(last, c + w - 1);
    }
  }
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: last } });
  ws['!merges'] = merges;
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, 'Sheet1');
  return write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const summary = (doc: Awaited<ReturnType<typeof parse>>[number]) =>
  doc.indicators.map((i) => [i.name, i.category, i.target?.raw, i.achieved?.raw, i.score]);

describe('a Word page opened in a spreadsheet, its columns drifting right row by row', () => {
  it('reads each row by its cells in order, as its text copy', async () => {
    const [sheet] = await parse(drifting(DRIFTING), { path: 'a.xlsx' });
    const [text] = await parse(TEXT.join('\n'), { path: 'a.txt' });
    expect(summary(sheet!)).toEqual(summary(text!));
    expect(summary(sheet!)[1]).toEqual(['发放补贴', ['产出指标', '数量指标'], '≥50户', '52户', { max: 10, got: 9 }]);
    expect(sheet!.scores?.total).toBe(text!.scores?.total);
  });

});

describe('rows the rule leaves by their sheet columns', () => {
  const span = (r: number, c: number, text: string, colSpan = 1): Span => ({ r, c, text, rowSpan: 1, colSpan });

  it('reads rows that tile the width from one column, with as many cells each, by order', () => {
    // 产出 merged over A:B pushes its row's values one column right of the header's.
    const run = [span(0, 0, '指标'), span(0, 1, '分值'), span(0, 2, '得分'), span(1, 0, '产出', 2), span(1, 2, '8'), span(1, 3, '7')];
    const parts = partsByOrder(run, []);
    expect(parts.map((p) => p.cells.map((s) => [s.text, p.order?.col.get(s)]))).toEqual([
      [['指标', 0], ['分值', 1], ['得分', 2], ['产出', 0], ['8', 1], ['7', 2]],
    ]);
  });

  // As many cells per row, but the second starts after a gap no cell fills (a page read without its empty cells):
  // nothing says where a missing cell stood, so the sheet's columns stand.
  it('leaves rows with a gap before or between their cells to their sheet columns', () => {
    const run = [span(0, 0, '项目资金'), span(0, 1, '年初预算数'), span(0, 2, '全年预算数'), span(1, 1, '560'), span(1, 2, '620'), span(1, 3, '98.5%')];
    expect(partsByOrder(run, [])).toEqual([{ cells: run, order: null }]);
  });
});
