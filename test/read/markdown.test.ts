// The markdown reader on its own: markdown → the document model (headings, pipe tables with their empty cells, bare
// pipe rows, TAB rows in paragraphs as tables, paragraphs), every block at its source line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gridOf, type Block, type Table } from '../../src/model.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { markdownReader } from '../../src/read/markdown.js';
import { parse } from '../../src/index.js';

const md = (...lines: string[]) => readMarkdown(lines.join('\n'));

/** One line a block: its kind, line and text, so a test reads like the document. */
function shape(blocks: readonly Block[]): string[] {
  return blocks.map((b) =>
    b.type === 'heading' ? `h${b.level}@${b.where.line} ${b.text}` : b.type === 'paragraph' ? `p@${b.where.line} ${b.text}` : `table ${b.rows}×${b.cols}@${b.where.line}`,
  );
}

/** A table's rows as text, covered and missing slots as ''. */
const rows = (table: Block | undefined): string[][] => gridOf(table as Table).map((r) => r.map((cell) => cell?.text ?? ''));
const tables = (blocks: readonly Block[]): Table[] => blocks.filter((b): b is Table => b.type === 'table');

describe('readMarkdown', () => {
  it('reads headings at their levels and lines, marks and closing hashes gone', () => {
    const m = md('# 某局2023年绩效自评报告', '', '## 一、**基本**情况 ##', '', '### （一）`项目`概况', '', '项目概况', '===');
    // A setext underline is read as the line reader reads it: a line of its own.
    expect(shape(m.blocks)).toEqual(['h1@1 某局2023年绩效自评报告', 'h2@3 一、基本情况', 'h3@5 （一）项目概况', 'p@7 项目概况\n===']);
    expect(m.form).toBe('markdown');
  });

  it('keeps a # line holding a TAB as a row, as the text path does', () => {
    const m = md('# 序号\t指标\t分值', '1\t培训人次\t5');
    expect(tables(m.blocks).flatMap(rows)).toEqual([
      ['# 序号', '指标', '分值'],
      ['1', '培训人次', '5'],
    ]);
  });

  it('reads a pipe table with its empty cells, its header, and a line per row', () => {
    const m = md('标题', '', '| 一级指标 | 二级指标 | 三级指标 | 分值 |', '|---|:---:|---|---:|', '| 产出指标 | 数量指标 | 培训人次 | 5 |', '|  |  | 培训班次 | 3 |', '| 合计 |');
    const [table] = tables(m.blocks);
    expect(rows(table)).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值'],
      ['产出指标', '数量指标', '培训人次', '5'],
      ['', '', '培训班次', '3'],
      ['合计', '', '', ''],
    ]);
    expect(table!.cells.filter((c) => c.header).map((c) => c.text)).toEqual(['一级指标', '二级指标', '三级指标', '分值']);
    expect([...new Set(table!.cells.map((c) => c.where.line))]).toEqual([3, 5, 6, 7]);
    expect(table!.where).toEqual({ table: 1, line: 3 });
    expect(table!.layouts).toEqual(['pipe']);
  });

  it('reads bare pipe rows (no outer pipes) with a pipe at a row edge as an empty cell', () => {
    const m = md('一级指标 | 二级指标 | 三级指标 | 分值', '--- | --- | --- | ---', '产出指标 | 数量指标 | 培训人次 | 5', ' | | 培训班次 | 3', '效益指标 | 社会效益 | 满意度 | ');
    expect(rows(tables(m.blocks)[0])).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值'],
      ['产出指标', '数量指标', '培训人次', '5'],
      ['', '', '培训班次', '3'],
      ['效益指标', '社会效益', '满意度', ''],
    ]);
  });

  it('reads a converter table whose delimiter row GFM rejects (a trailing empty cell) by the line rules', () => {
    const m = md('项目名称 | 便民服务中心建设 |  | ', '--- | --- | --- | ---', '主管部门 | 县政府 | 实施单位 | 镇政府');
    expect(tables(m.blocks).flatMap(rows)).toEqual([
      ['项目名称', '便民服务中心建设', '', ''],
      ['主管部门', '县政府', '实施单位', '镇政府'],
    ]);
  });

  it('strips emphasis, code marks and escapes in cells, and reads HTML in them as the text path does', () => {
    const m = md('| **合计** | a\\|b | `x\\|y` | <p>一是</p><p>二是</p> | &gt;90% | [链接](http://a) |', '|---|---|---|---|---|---|');
    expect(rows(tables(m.blocks)[0])).toEqual([['合计', 'a|b', 'x|y', '一是\n二是', '>90%', '链接']]);
    expect(tables(m.blocks)[0]!.layouts).toEqual(['pipe', 'html']);
  });

  it('keeps a * or ~ that is a sign of the text: 元/人*月, 5~10个', () => {
    const m = md('| 补助标准 | 范围 |', '|---|---|', '| ≥530元/人*月，600元/人*月 | 5~10个，20~30人 |', '', '标准≥530元/人*月', '实际600元/人*月，*重点*', '', '__合计__ **100** ~~删~~');
    expect(rows(tables(m.blocks)[0])[1]).toEqual(['≥530元/人*月，600元/人*月', '5~10个，20~30人']);
    expect(shape(m.blocks).slice(1)).toEqual(['p@5 标准≥530元/人*月\n实际600元/人*月，重点', 'p@8 合计 100 删']);
  });

  it('ends a table at a line without a pipe written right below it', () => {
    const m = md('| 指标 | 分值 |', '|---|---|', '| 培训人次 | 5 |', '三、绩效评价指标分析');
    expect(shape(m.blocks)).toEqual(['table 2×2@1', 'p@4 三、绩效评价指标分析']);
  });

  it('reads TAB rows inside a paragraph as a table of their own, at their lines', () => {
    const m = md('## 重点任务', '', '完成情况如下：', '序号\t指标\t目标值\t完成值', '1\t软件收入增速\t≥15%\t18.4%', '', '说明。');
    expect(shape(m.blocks)).toEqual(['h2@1 重点任务', 'p@3 完成情况如下：', 'table 2×4@4', 'p@7 说明。']);
    const [table] = tables(m.blocks);
    expect(rows(table)[1]).toEqual(['1', '软件收入增速', '≥15%', '18.4%']);
    expect(table!.cells.at(-1)!.where.line).toBe(5);
    expect(table!.layouts).toEqual(['tab']);
  });

  it('reads seed 001 (a markdown report with TAB tables between # headings) into tables at the seed lines', () => {
    const m = readMarkdown(readFileSync(new URL('../../seeds/001_98a5634400e74046.txt', import.meta.url), 'utf8'));
    const grids = tables(m.blocks);
    expect(grids.map((t) => [t.where.line, t.rows, t.cols])).toEqual([
      [149, 7, 4],
      [157, 2, 4],
    ]);
    expect(rows(grids[0])[2]).toEqual(['2', '软件和信息服务业收入增速', '≥15%', '18.4%']);
    expect(m.blocks.filter((b) => b.type === 'heading').length).toBe(21);
  });

  it('keeps list markers and quote marks, and drops inline marks in prose lines', () => {
    const m = md('- **培训人数**：目标≥500人', '- 培训班次：目标≥12期', '', '> **资金到位率**100%');
    expect(shape(m.blocks)).toEqual(['p@1 - 培训人数：目标≥500人\n- 培训班次：目标≥12期', 'p@4 > 资金到位率100%']);
  });

  it('keeps `≥**` placeholders of TAB rows as written', () => {
    const m = md('# 表', '', '产出\t湿垃圾分出量(≥**吨/日)\t1200', '质量\t达标率(≥**%)\t95');
    expect(rows(tables(m.blocks)[0])[0]).toEqual(['产出', '湿垃圾分出量(≥**吨/日)', '1200']);
  });

  it('decodes the bytes it is given', async () => {
    const m = await markdownReader.read(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('# 标题\n')]), { path: 'a.md' });
    expect(m.encoding).toBe('utf-8-bom');
    expect(shape(m.blocks)).toEqual(['h1@1 标题']);
  });
});

describe('markdown end to end', () => {
  const report = [
    '# 某县2023年项目支出绩效自评表',
    '',
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
    '|---|---|---|---|---|---|---|',
    '| **产出指标** | 数量指标 | 培训人次 | ≥150人次 | 168人次 | 10 | 10 |',
    '|  | 质量指标 | 培训合格率 | ≥90% | 95% | 10 | 10 |',
    '| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 96% | 10 | 9 |',
  ].join('\n');

  it('gives indicators with their source lines and their table, row and form', async () => {
    const [doc] = await parse(Buffer.from(report), { path: 'report.md' });
    expect(doc!.document.form).toBe('markdown');
    expect(doc!.document.layouts).toEqual(['pipe', 'markdown']);
    expect(doc!.indicators.map((i) => [i.name, i.category, i.target?.value, i.score?.got, i.line, i.where])).toEqual([
      ['培训人次', ['产出指标', '数量指标'], 150, 10, 5, { table: 1, row: 2, line: 5 }],
      ['培训合格率', ['产出指标', '质量指标'], 90, 10, 6, { table: 1, row: 3, line: 6 }],
      ['学员满意度', ['满意度指标', '服务对象满意度指标'], 90, 9, 7, { table: 1, row: 4, line: 7 }],
    ]);
  });

  it('is found by its pipe table when the name says .txt, and a text with only # headings stays text', async () => {
    const [piped] = await parse(Buffer.from(report), { path: 'report.txt' });
    expect(piped!.document.form).toBe('markdown');
    const [headed] = await parse(Buffer.from('# 标题\n\n产出指标\t数量指标\t培训人次\t≥150人次\t168人次\t10\t10\n'), { path: 'a.txt' });
    expect(headed!.document.form).toBe('text');
  });
});
