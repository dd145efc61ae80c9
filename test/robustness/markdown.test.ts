// Hostile markdown: deep nesting, huge tables, a 20 MB file. The reader and the bridge must grow linearly (each 4×
// step at most 8× as long, as in hostile.test.ts), never throw, and the indicators around the hostile part come out.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { modelLines } from '../../src/interpret/model-lines.js';
import { ParsedDocument } from '../../src/schema.js';
import { fill, superlinearStep } from './helpers.js';

const MB = 1 << 20;
const SIZES = [16 * 1024, 64 * 1024, 256 * 1024];
const HEADER = '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|';
const ROW = '| 产出指标 | 数量指标 | 培训人次 | ≥150人次 | 168人次 | 5 | 5 |';
const AFTER = '| 产出指标 | 质量指标 | 培训合格率 | ≥90% | 95% | 5 | 5 |';
const around = (hostile: string): string => ['# 绩效自评表', '', HEADER, ROW, '', hostile, '', HEADER, AFTER, ''].join('\n');

const HOSTILE: readonly [string, (size: number) => string][] = [
  ['100,000 nested > on one line', (n) => `${'>'.repeat(n)} **资金到位率100%**`],
  ['100,000 nested list items on one line', (n) => `${'- '.repeat(n / 2)}**资金**`],
  ['10,000 lines of deepening quotes', (n) => Array.from({ length: Math.ceil(Math.sqrt(n)) }, (_, i) => `${'>'.repeat(i)} *x*`).join('\n')],
  ['100,000 [ in a table cell', (n) => `${HEADER}\n| ${'['.repeat(n)} | 1 |`],
  ['100,000 [a]( links', (n) => fill('[a](', n)],
  ['nested emphasis', (n) => fill('*a **b ', n)],
  ['a table of 10,000 rows', (n) => `${HEADER}\n${fill(`${ROW}\n`, n).trimEnd()}`],
  ['TAB rows under a heading', (n) => `## 表\n${fill('产出指标\t数量指标\t培训人次\t≥150人次\t168人次\t5\t5\n', n).trimEnd()}`],
  ['headings only', (n) => fill('## 一、**基本**情况\n', n).trimEnd()],
  ['10,000 unclosed ``` fences', (n) => fill('```\n', n).trimEnd()],
];

const read = (text: string): void => void modelLines(readMarkdown(text));

describe('hostile markdown', () => {
  it.each(HOSTILE)('%s: linear, and the rows around it come out', async (_name, make) => {
    read(around(make(SIZES[0]!)));
    expect(superlinearStep((n) => around(make(n)), read, SIZES)).toBeNull();

    const [doc] = await parse(Buffer.from(around(make(100_000))), { path: 'hostile.md' });
    expect(ParsedDocument.safeParse(doc).success).toBe(true);
    expect(doc!.indicators.find((i) => i.name === '培训人次')).toMatchObject({ line: 5, target: { op: 'gte', value: 150 } });
    expect(doc!.indicators.find((i) => i.name === '培训合格率')).toMatchObject({ target: { op: 'gte', value: 90 } });
  });

  it('reads a 10,000-row pipe table through remark, every row an indicator at its line', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `| 产出指标 | 数量指标 | 指标${i + 1} | ≥${i + 1}个 | ${i + 2}个 | 1 | 1 |`);
    const [doc] = await parse(Buffer.from(['# 绩效自评表', HEADER, ...rows].join('\n')), { path: 'big.md' });
    expect(doc!.indicators).toHaveLength(10_000);
    expect(doc!.indicators.at(-1)).toMatchObject({ name: '指标10000', line: 10_003, target: { value: 10_000 }, where: { table: 1, row: 10_001 } });
    expect(doc!.diagnostics.map((d) => d.code)).not.toContain('markdown-read-as-text');
  });

  it('reads a 20 MB markdown file by the line rules, says so, and loses no row', async () => {
    const unit = `## 项目\n\n${HEADER}\n${ROW}\n${AFTER}\n\n资金到位率100%，**执行率**99%。\n\n`;
    const text = fill(unit, 20 * MB);
    const [doc] = await parse(Buffer.from(text), { path: 'huge.md' });
    const copies = text.length / unit.length;
    expect(doc!.document.form).toBe('markdown');
    expect(doc!.diagnostics.map((d) => d.code)).toContain('markdown-read-as-text');
    expect(doc!.indicators.filter((i) => i.name === '培训合格率')).toHaveLength(copies);
  }, 300_000);
});
