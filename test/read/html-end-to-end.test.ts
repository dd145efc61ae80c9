// Pages end to end (reader → bridge → interpreter): rows typed as paragraphs are still tables.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const page = async (body: string) => (await parse(Buffer.from(`<!DOCTYPE html><html><body>${body}</body></html>`, 'utf8'), { path: 'p.html' }))[0]!;

describe('rows typed as paragraphs of a page', () => {
  it('a bare pipe table, one <p> per row, is read as one table', async () => {
    const rows = ['一级指标 | 二级指标 | 三级指标 | 年度指标值', '--- | --- | --- | ---', '产出指标 | 数量指标 | 培训人次 | ≥150人次', '产出指标 | 质量指标 | 合格率 | ≥90%'];
    const doc = await page(`<h2>某县2024年度项目支出绩效目标表</h2>${rows.map((r) => `<p>${r}</p>`).join('\n')}`);
    expect(doc.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ['培训人次', '≥150人次'],
      ['合格率', '≥90%'],
    ]);
  });

  it('a U+3000 table, one <p> per row, is read as one table', async () => {
    const rows = ['一级指标　二级指标　三级指标　年度指标值', '产出指标　数量指标　培训人次　≥150人次', '产出指标　质量指标　合格率　≥90%'];
    const doc = await page(`<h2>某县2024年度项目支出绩效目标表</h2>${rows.map((r) => `<p>${r}</p>`).join('\n')}`);
    expect(doc.indicators.map((i) => i.name)).toEqual(['培训人次', '合格率']);
    expect(doc.indicators[0]!.line).toBe(2);
  });
});
