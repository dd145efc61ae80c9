// Issue 5, broken HTML in cells: unclosed tags, stray '<', out-of-range and unknown entities, '<p' with
// no '>' at the end of a line. The text comes out best-effort and every indicator of the table still does.
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/schema.js';
import { parseText } from './helpers.js';

const HEADER = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t具体完成情况';

// Each row: [cells with broken markup, the name words that must survive, target value, achieved value].
const ROWS: ReadonlyArray<readonly [string, string, number, number]> = [
  ['产出指标\t数量指标\t<p>培训人次\t≥150人次\t168人次\t10\t10\t<p>已完成', '培训人次', 150, 168],
  ['\t\t培训场次 < 5 年\t≥4场\t5场\t10\t10\t', '培训场次', 4, 5],
  ['\t质量指标\t合格率&#99999999;\t≥90%\t95%\t10\t10\t', '合格率', 90, 95],
  ['\t\t<p>课程评价</p><p\t≥85%\t<p>90%\t10\t9\t<p', '课程评价', 85, 90],
  ['\t时效指标\t<div><span>按时完成率\t<p>100%</p></div></div>\t100%\t10\t10\t</p></td>', '按时完成率', 100, 100],
  ['效益指标\t社会效益指标\t带动就业<b><i>人数\t≥100人\t120人\t10\t10\t<b>超额完成', '带动就业', 100, 120],
  ['\t\t<p class="x>覆盖企业数\t≥50家\t60家\t10\t10\t', '覆盖企业数', 50, 60],
  ['\t\t&#xFFFFFFFF;服务企业&;数&#;\t&gt;=30家&#0;\t35家&lt\t10\t10\t&unknown;', '服务企业', 30, 35],
  ['\t\t<!-- 注释 培训课时\t≥40课时\t<br 48课时\t10\t10\t', '培训课时', 40, 48],
  ['满意度指标\t服务对象满意度指标\t企业满意度\t≥90%\t95%\t10\t10\t全部完成<p', '企业满意度', 90, 95],
];

const text = ['2023年度企业培训服务项目支出绩效自评表', '项目名称\t企业培训服务项目', HEADER, ...ROWS.map((r) => r[0])].join('\n');

describe('a 项目支出 table with broken HTML in its cells', () => {
  const doc = parseText(text);

  it('is schema-valid and reads the facts around the table', () => {
    expect(ParsedDocument.safeParse(doc).success).toBe(true);
    expect(doc.document).toMatchObject({ kind: 'project-evaluation', year: 2023 });
  });

  it('gives one indicator per row, on its line, in order', () => {
    expect(doc.indicators.map((i) => i.line)).toEqual(ROWS.map((_, i) => 4 + i));
  });

  it.each(ROWS.map((row, i) => [row[1], i, row[2], row[3]] as const))('%s: name, target and achieved survive', (words, i, target, achieved) => {
    const indicator = doc.indicators[i];
    expect(indicator?.name).toContain(words);
    expect(indicator?.target?.value).toBe(target);
    expect(indicator?.achieved?.value).toBe(achieved);
    expect(indicator?.score?.max).toBe(10);
    expect(indicator?.status).toBe('met');
  });

  it('keeps classes across the broken rows', () => {
    expect(doc.indicators.map((i) => i.category[1])).toEqual([
      ...Array<string>(2).fill('数量指标'),
      ...Array<string>(2).fill('质量指标'),
      '时效指标',
      ...Array<string>(4).fill('社会效益指标'),
      '服务对象满意度指标',
    ]);
  });

  it('removes the markup a reader would not see', () => {
    const names = doc.indicators.map((i) => i.name);
    expect(names[0]).toBe('培训人次');
    expect(names[3]).toBe('课程评价');
    expect(names[4]).toBe('按时完成率');
    expect(names[5]).toBe('带动就业人数');
    expect(doc.indicators[0]?.detail).toBe('已完成');
  });
});
