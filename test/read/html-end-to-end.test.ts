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

describe('pages a converter drew', () => {
  it('a grid whose columns start at different grid columns row by row (LibreOffice, Word) is read cell by cell', async () => {
    const doc = await page(
      '<h2>某县2024年度项目支出绩效目标表</h2><table>' +
        '<tr><td colspan=2>一级指标</td><td colspan=3>二级指标</td><td>三级指标</td><td colspan=2>指标值</td></tr>' +
        '<tr><td>产出指标</td><td colspan=3>数量指标</td><td colspan=2>培训人次</td><td colspan=2>≥150人次</td></tr>' +
        '<tr><td colspan=3>产出指标</td><td>质量指标</td><td colspan=3>合格率</td><td>≥90%</td></tr></table>',
    );
    expect(doc.indicators.map((i) => [i.name, i.category, i.target?.raw])).toEqual([
      ['培训人次', ['产出指标', '数量指标'], '≥150人次'],
      ['合格率', ['产出指标', '质量指标'], '≥90%'],
    ]);
  });

  it("a heading that kept its markdown mark, and a cell showing its checkbox markup as text", async () => {
    const doc = await page(
      '<h2># 某县2023年度项目支出绩效自评表</h2><table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td></tr>' +
        '<tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥150人次</td><td>160人次</td></tr>' +
        '<tr><td>评价等级</td><td colspan=4>&lt;input checked="" type="checkbox"/&gt; 优 &lt;input type="checkbox"/&gt; 良</td></tr></table>',
    );
    expect(doc.document.title).toBe('某县2023年度项目支出绩效自评表');
    expect(doc.scores?.grade).toBe('优');
  });
});
