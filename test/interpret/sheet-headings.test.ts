// A form copied out of a sheet with the sheet's own headings (column letters above, row numbers beside) and laid
// out as a page or a workbook reads as the form without them, as its tab copy does.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const FORM = [
  ['某局2024年项目支出绩效自评表', '', '', '', '', ''],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥100人次', '10', '10'],
  ['', '质量指标', '合格率', '≥95%', '10', '9'],
];
// The same rows with the letters A…F above and the numbers 1…4 beside, as the sheet shows them.
const HEADED = [['', 'A', 'B', 'C', 'D', 'E', 'F'], ...FORM.map((r, i) => [String(i + 1), ...r])];

const page = (rows: string[][]): string =>
  `<html><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;

const summary = (doc: Awaited<ReturnType<typeof parse>>[number]) =>
  doc.indicators.map((i) => [i.name, i.category, i.target?.raw, i.score]);

describe("a sheet's headings copied with the form", () => {
  it('are not read as cells of a page', async () => {
    const [text] = await parse(FORM.map((r) => r.join('\t')).join('\n'), { path: 'a.txt' });
    const [html] = await parse(page(HEADED), { path: 'a.html' });
    expect(summary(html!)).toEqual(summary(text!));
    expect(summary(html!)[1]).toEqual(['合格率', ['产出指标', '质量指标'], '≥95%', { max: 10, got: 9 }]);
  });

  it('are not read as cells of a workbook', async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(HEADED), 'Sheet1');
    const [sheet] = await parse(write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { path: 'a.xlsx' });
    expect(summary(sheet!)).toHaveLength(2);
    expect(summary(sheet!)[0]).toEqual(['培训人次', ['产出指标', '数量指标'], '≥100人次', { max: 10, got: 10 }]);
  });

  it('leave a table whose first column merely counts its rows alone when no letter row is above', async () => {
    const numbered = [['序号', '三级指标', '年度指标值'], ['1', '培训人次', '≥100人次'], ['2', '合格率', '≥95%']];
    const [html] = await parse(page(numbered), { path: 'a.html' });
    expect(html!.indicators.map((i) => i.name)).toEqual(['培训人次', '合格率']);
  });
});
