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
