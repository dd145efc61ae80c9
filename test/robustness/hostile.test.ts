// Issue 5, hostile lines through the whole pipeline: each sits between two valid indicator rows, which
// must still come out. Linear time is checked by scaling, not by the clock: from 16 KB to 64 KB to 256 KB
// each 4× step may take at most 8× as long (see superlinearStep). Then the full size runs once.
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/schema.js';
import { fill, parseText, referencedLines, superlinearStep } from './helpers.js';

const MB = 1 << 20;
const SIZES = [16 * 1024, 64 * 1024, 256 * 1024];
const HEADER = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分';
const BEFORE = '产出指标\t数量指标\t培训人次\t≥150人次\t168人次\t5\t5';
const AFTER = '产出指标\t质量指标\t培训合格率\t≥90%\t95%\t5\t5';
const around = (hostile: string): string => [HEADER, BEFORE, hostile, AFTER].join('\n');
const tabRows = (rows: number, last = ''): string => Array.from({ length: rows }, () => '\t'.repeat(200) + last).join('\n');

/** A hostile line or block, the size it runs at, and what the indicator on line 3 must look like, if any. */
interface Case {
  name: string;
  make: (size: number) => string;
  size: number;
  line3?: object;
}

const c = (name: string, make: (size: number) => string, size: number, line3?: object): Case => (line3 ? { name, make, size, line3 } : { name, make, size });

const HOSTILE: readonly Case[] = [
  c('a 1 MB line of 1, after ≥', (n) => `≥${fill('1,', n)}`, MB),
  c('a 1 MB value cell of 1, after ≥', (n) => `\t\t人数\t≥${fill('1,', n)}\t5人\t5\t5`, MB, { name: '人数', target: { op: 'gte', value: 1 } }),
  c('50,000 （', (n) => fill('（', n), 50_000),
  c('50,000 （ as a name', (n) => `\t\t${fill('（', n)}\t≥5家\t6家\t1\t1`, 50_000, { target: { op: 'gte', value: 5 }, status: 'met' }),
  c('20,000 <p>', (n) => fill('<p>', n), 60_000),
  c('20,000 <p> in a value cell', (n) => `\t\t名称\t${fill('<p>', n)}\t6家\t1\t1`, 60_000, { name: '名称', target: null, achieved: { value: 6 } }),
  c('a line with 5,000 tabs', (n) => fill('\t', n), 5_000),
  c('a web-page row of 20,000 unclosed <td rowspan', (n) => `<tr>${fill('<td rowspan="999" colspan="999">7', n)}`, 20_000 * 32),
  c('an Excel quote left open on 10,000 tab rows', (n) => fill('名称\t"1,\n', n), 10_000 * 6),
  // The form's own header follows the PDF table, so the row after it is read as before.
  c('a PDF-layout table of 10,000 wrapped lines', (n) => `一级指标    二级指标    三级指标    年度指标值    分值\n${fill('                        服务次数\n', n)}${HEADER}`, 10_000 * 33),
  c('10,000 web-page rows of rowspan cells', (n) => fill('<tr><td rowspan="999">1</td><td>2</td></tr>\n', n), 10_000 * 43),
  c('10,000 rows of 200 tabs', (n) => tabRows(Math.ceil(n / 201)), 10_000 * 201),
  c('10,000 rows of 200 tabs and a number', (n) => tabRows(Math.ceil(n / 202), '7'), 10_000 * 202),
  c('2 MB of 1、产出指标：', (n) => fill('1、产出指标：', n), 2 * MB),
  c('2 MB of 1、产出指标： as a name', (n) => `\t\t${fill('1、产出指标：', n)}\t≥5家\t6家\t1\t1`, 2 * MB),
  c('a 1 MB line of 分值1分得分', (n) => fill('分值1分得分', n), MB),
  c('a 1 MB item of 分值1分得分', (n) => `（1）${fill('分值1分得分', n)}`, MB),
  c('a 2 MB markdown paragraph', (n) => `\n${fill('资金管理，分值16分，自评得分14.98分，预算数100万元，执行率99%。', n)}\n`, 2 * MB),
  c('a 2 MB paragraph without punctuation', (n) => `\n${fill('预算数100万元执行率99', n)}\n`, 2 * MB),
  // Was quadratic: each joined line re-tested the whole paragraph for a sentence end (259 s for 2 MB).
  c('a 2 MB paragraph hard-wrapped into lines', (n) => `\n${fill('预算数100万元执行率\n', n).trimEnd()}\n`, 2 * MB),
];

describe('hostile lines', () => {
  it.each(HOSTILE)('$name', ({ make, size, line3 }) => {
    parseText(around(make(SIZES[0]!)));
    expect(superlinearStep((n) => around(make(n)), (text) => parseText(text), SIZES)).toBeNull();

    const hostile = make(size);
    const doc = parseText(around(hostile));
    expect(ParsedDocument.safeParse(doc).success).toBe(true);
    const after = 3 + hostile.split('\n').length;
    expect(doc.indicators.find((i) => i.name === '培训人次')).toMatchObject({ line: 2, target: { op: 'gte', value: 150 } });
    expect(doc.indicators.find((i) => i.name === '培训合格率')).toMatchObject({ line: after, target: { op: 'gte', value: 90 } });
    if (line3) expect(doc.indicators.find((i) => i.line === 3)).toMatchObject(line3);
    // Nothing lost: a hostile line holding a digit fed the output or was reported.
    const referenced = referencedLines(doc);
    const lost = hostile.split('\n').flatMap((text, i) => (/\d/.test(text) && !referenced.has(3 + i) ? [3 + i] : []));
    expect(lost.slice(0, 5)).toEqual([]);
  });
});
