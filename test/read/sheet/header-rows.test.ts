// A form's two-row header in a sheet, with and without its cells merged down: the workbook reads as its text copy.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';

const ROWS = [
  ['某局2023年项目支出绩效自评表'],
  ['一级指标', '二级指标', '三级指标', '指标值', '', '分值', '得分'],
  ['', '', '', '年度指标值', '实际完成值', '', ''],
  ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 10, 10],
  ['', '质量指标', '合格率', '≥95%', '98%', 10, 9],
];

const summary = (doc: Awaited<ReturnType<typeof parse>>[number]) =>
  doc.indicators.map((i) => [i.name, i.category, i.target?.raw, i.achieved?.raw, i.score]);

describe('a two-row header', () => {
  it.each([
    ['merged across only (指标值 over D2:E2)', ['D2:E2']],
    ['merged down too (一级指标 over A2:A3 …)', ['D2:E2', 'A2:A3', 'B2:B3', 'C2:C3', 'F2:F3', 'G2:G3']],
  ])('%s gives the indicators of the text copy', async (_, merges) => {
    const ws = utils.aoa_to_sheet(ROWS);
    ws['!merges'] = merges.map((m) => utils.decode_range(m));
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, '自评表');
    const [sheet] = await parse(write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { path: 'a.xlsx' });
    const [text] = await parse(ROWS.map((r) => r.join('\t')).join('\n'), { path: 'a.txt' });
    expect(summary(sheet!)).toEqual(summary(text!));
    expect(summary(sheet!)).toHaveLength(2);
    expect(sheet!.document.title).toBe('某局2023年项目支出绩效自评表');
  });
});

// The upper header row starts cells where the lower one does not (指标 A, 年度指标值 D, 评分 F:G, 偏差 H), and the
// data rows start no cell under the class labels merged down over them: the rows still make one table.
const SPLIT = [
  ['某村2024年项目支出绩效自评表'],
  ['指标', '', '', '年度指标值', '完成情况', '评分', '', '偏差原因分析及改进措施'],
  ['一级指标', '二级指标', '三级指标', '', '', '分值', '得分', ''],
  ['产出指标', '数量指标', '新造林面积', '≥300亩', '310亩', 10, 10, ''],
  ['', '', '改造面积', '≥500亩', '完成', 10, 10, ''],
  ['', '', '务工人数', '≥60人', '58人', 10, 9, '部分劳动力外出务工'],
];

describe('an upper header row on other columns than the lower one', () => {
  it('stays with the rows below when they use its columns under merged class labels', async () => {
    const ws = utils.aoa_to_sheet(SPLIT);
    ws['!merges'] = ['F2:G2', 'A4:A6', 'B4:B6'].map((m) => utils.decode_range(m));
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, '自评表');
    const [sheet] = await parse(write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { path: 'a.xlsx' });
    const [text] = await parse(SPLIT.map((r) => r.join('\t')).join('\n'), { path: 'a.txt' });
    expect(summary(sheet!)).toEqual(summary(text!));
    expect(summary(sheet!)[2]).toEqual(['务工人数', ['产出指标', '数量指标'], '≥60人', '58人', { max: 10, got: 9 }]);
  });
});

// The upper header row names only the value columns (绩效指标 A, 年度指标值 D … 偏差 H), the lower only the class
// columns (A–C), and no data row near them fills the remarks column H: the rows still make one table.
const HALVES = [
  ['某街道2023年度部门整体支出绩效自评表'],
  ['绩效指标', '', '', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['一级指标', '二级指标', '三级指标'],
  ['产出指标', '数量指标', '问题处置', '≥12,000件', '12,486件', 6, 6],
  ['', '', '就业培训', '≥24场', '26场', 5, 5],
  ['', '质量指标', '办结率', '≥98%', '99.1%', 6, 6],
  ['', '', '覆盖率', '≥85%', '82.6%', 8, 6.7, '选址未落地'],
];

describe('an upper header row naming the value columns over a lower one naming the class columns', () => {
  it('stays with the rows below although none of the first of them fills the last column', async () => {
    const ws = utils.aoa_to_sheet(HALVES);
    ws['!merges'] = ['A4:A7', 'B4:B5', 'B6:B7'].map((m) => utils.decode_range(m));
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, '自评表');
    const [sheet] = await parse(write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { path: 'a.xlsx' });
    const [text] = await parse(HALVES.map((r) => r.join('\t')).join('\n'), { path: 'a.txt' });
    expect(summary(sheet!)).toEqual(summary(text!));
    expect(summary(sheet!)[3]).toEqual(['覆盖率', ['产出指标', '质量指标'], '≥85%', '82.6%', { max: 8, got: 6.7 }]);
  });
});
