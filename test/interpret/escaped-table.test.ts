// A table's markup shown as text — a page that escaped it (&lt;tr&gt;), a Word document it was pasted into as
// text — is read as the text path reads the same lines: one row per <tr>, rowspan and colspan as empty cells.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { buildDocx } from '../helpers/zip.js';

const MARKUP = [
  '某县2025年度项目支出绩效目标表',
  '<table border="1">',
  '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>',
  '<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>展演场次</td><td>≥20场</td></tr>',
  '<tr><td>参演队伍</td><td>≥35支</td></tr>',
  '<tr><td>满意度指标</td><td colspan="1">服务对象满意度指标</td><td>游客满意度</td><td>≥90%</td></tr>',
  '</table>',
];

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const summary = (doc: Awaited<ReturnType<typeof parse>>[number]) => doc.indicators.map((i) => [i.name, i.category, i.target?.raw]);

describe("a table's markup shown as text", () => {
  it('in a page that escaped it reads as the text holding the markup', async () => {
    const [text] = await parse(MARKUP.join('\n'), { path: 'a.txt' });
    const page = `<html><body>${MARKUP.map((l) => `<p>${escape(l)}</p>`).join('\n')}</body></html>`;
    const [html] = await parse(page, { path: 'a.html' });
    expect(summary(html!)).toEqual(summary(text!));
    expect(summary(html!)[1]).toEqual(['参演队伍', ['产出指标', '数量指标'], '≥35支']);
  });

  it('in a Word document, one paragraph a line, reads the same', async () => {
    const body = MARKUP.map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`).join('');
    const [docx] = await parse(buildDocx(body), { path: 'a.docx' });
    expect(summary(docx!)).toHaveLength(3);
    expect(summary(docx!)[2]).toEqual(['游客满意度', ['满意度指标', '服务对象满意度指标'], '≥90%']);
  });
});
