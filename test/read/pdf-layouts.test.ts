// The PDF reader on layouts LibreOffice writes for documents it has never seen: a column line drawn in pieces a
// hair apart, a figure broken in a narrow cell, cells parted by ideographic spaces; files written by test/helpers/pdf.ts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { mergeRules } from '../../src/read/pdf/grid.js';
import { joinWrapped, lineText, textLines } from '../../src/read/pdf/text-lines.js';
import type { DocModel } from '../../src/model.js';
import { gridLines, makePdf, type PdfPage } from '../helpers/pdf.js';
import { pdfTables, readPdf, slots } from '../helpers/pdf-model.js';

const read = (pages: PdfPage[]): Promise<DocModel> => readPdf(pages);
const tables = pdfTables;

describe('PDF layouts', () => {
  it('joins a line drawn in two pieces a tenth of a point apart, the lower piece first in order', () => {
    const merged = mergeRules([
      { at: 233.7, from: 616.9, to: 650.8 },
      { at: 233.8, from: 28.6, to: 617.6 },
    ]);
    expect(merged).toEqual([{ at: 233.7, from: 28.6, to: 650.8 }]);
  });

  it('keeps pieces of one line that do not meet apart', () => {
    const merged = mergeRules([
      { at: 100, from: 500, to: 600 },
      { at: 100.1, from: 20, to: 80 },
    ]);
    expect(merged).toHaveLength(2);
  });

  it('keeps a column whose line the page drew in two pieces a hair apart', async () => {
    const lines = gridLines([50, 150, 250], [100, 120, 140, 160]).filter(([x1, , x2]) => !(x1 === 150 && x2 === 150));
    lines.push([150, 140, 150, 160], [150.1, 100, 150.1, 140.5]);
    const texts = [
      { x: 55, y: 114, text: '指标' }, { x: 155, y: 114, text: '分值' },
      { x: 55, y: 134, text: '甲' }, { x: 155, y: 134, text: '10' },
      { x: 55, y: 154, text: '乙' }, { x: 155, y: 154, text: '20' },
    ];
    const [table] = tables(await read([{ lines, texts }]));
    expect(slots(table!)).toEqual([['指标', '分值'], ['甲', '10'], ['乙', '20']]);
  });

  it('joins Chinese text a narrow cell broke at a sign, and keeps the space between two words of letters', () => {
    expect(joinWrapped(['可回收物回收量(≥*', '*吨/日)'])).toBe('可回收物回收量(≥**吨/日)');
    expect(joinWrapped(['达标率(≥**', '%)'])).toBe('达标率(≥**%)');
    expect(joinWrapped(['采用 GIS', 'system 管理'])).toBe('采用 GIS system 管理');
    expect(joinWrapped(['total (≥*', '*)'])).toBe('total (≥* *)');
  });

  it('joins a figure a narrow cell broke before its decimal point', async () => {
    expect(joinWrapped(['1,058', '.35'])).toBe('1,058.35');
    const texts = [{ x: 55, y: 114, text: '1,058' }, { x: 55, y: 126, text: '.35' }, { x: 105, y: 114, text: '10' }];
    const [table] = tables(await read([{ lines: gridLines([50, 100, 150], [100, 132]), texts }]));
    expect(slots(table!)).toEqual([['1,058.35', '10']]);
  });

  /** Words on one baseline, each after the last with a gap of `gaps[i]` font sizes. */
  function spaced(y: number, words: string[], gaps: number[], size = 10): { x: number; y: number; text: string; size: number }[] {
    let x = 50;
    return words.map((text, i) => {
      const at = x;
      x += widthOf(text) * size + (gaps[i] ?? 0) * size;
      return { x: at, y, text, size };
    });
  }

  // Helvetica's digits, '%' and '.', for the words the helper sets in it (all ASCII); a Chinese font's characters are 1 wide.
  function widthOf(text: string): number {
    if (!/^[\x20-\x7e]*$/.test(text)) return [...text].length;
    return [...text].reduce((w, ch) => w + (ch === '%' ? 0.889 : ch === '.' ? 0.278 : 0.556), 0);
  }

  it('keeps a character-wide gap as the ideographic space the file drew, a narrow one as a space', async () => {
    const model = await read([{ texts: [...spaced(100, ['项目名称', '农村水电', '改造'], [1, 2]), ...spaced(130, ['甲', '乙'], [0.5])] }]);
    expect(model.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(['项目名称\u3000农村水电\u3000\u3000改造', '甲 乙']);
  });

  it('reads a form typed with ideographic spaces between its cells', async () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '≥500人次', '620人次', '10', '10'],
      ['质量指标', '培训合格率', '≥95%', '98%', '10', '9'],
      ['效益指标', '社会效益指标', '群众知晓率', '≥90%', '93%', '10', '10'],
    ];
    const texts = [{ x: 50, y: 60, text: '项目支出绩效自评表', size: 16 }, ...rows.flatMap((r, i) => spaced(100 + i * 20, r, r.map(() => 1)))];
    const [doc] = await parse(makePdf([{ texts }]), { path: 'spaced.pdf' });
    const got = doc!.indicators.map((x) => [x.name, x.target?.raw, x.achieved?.raw]);
    expect(got).toEqual([
      ['培训人次', '≥500人次', '620人次'],
      ['培训合格率', '≥95%', '98%'],
      ['群众知晓率', '≥90%', '93%'],
    ]);
  });

  it('goes on with a line that ended short of the margin when the next line\'s first word would not have fitted', async () => {
    const full = '按预算级次包括市本级支出和转移支付区支出两部分资金按资金结构包括';
    const lines = [
      full, // 30 characters: the right margin
      full,
      '全年预算数均为财政拨款按预算级次包括市本级支出合计共三项', // short of the margin: '285,129.73万' did not fit after it
      '285,129.73万元，转移支付区102,107万元。', // short, and '按' would have fitted: the paragraph ends
      full,
      '基本支出执行良好。', // a paragraph's end: the next line's first character would have fitted
      '二是深化暖企服务，激发市场主体活力。',
    ];
    const texts = lines.map((text, i) => ({ x: 60, y: 100 + i * 15, text, size: 10 }));
    const paragraphs = (await read([{ texts }])).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual([
      `${full}${full}全年预算数均为财政拨款按预算级次包括市本级支出合计共三项285,129.73万元，转移支付区102,107万元。`,
      `${full}基本支出执行良好。`,
      '二是深化暖企服务，激发市场主体活力。',
    ]);
  });

  it('takes a header whose closing bracket the page cut off (权重（%) for the score column', async () => {
    const xs = [40, 120, 200, 320, 420, 500];
    const rows = [
      ['一级指标', '二级指标', '三级指标', '指标值', '权重（%'],
      ['产出指标', '数量指标', '新建农田面积', '≥2.5万亩', '15'],
      ['效益指标', '社会效益指标', '受益农户数', '≥1.1万户', '10'],
    ];
    const texts = [{ x: 50, y: 60, text: '项目支出绩效目标表', size: 16 }, ...rows.flatMap((r, i) => r.map((text, c) => ({ x: xs[c]! + 3, y: 95 + i * 25, text })))];
    const [doc] = await parse(makePdf([{ texts, lines: gridLines(xs, [80, 105, 130, 155]) }]), { path: 'cut.pdf' });
    expect(doc!.indicators.map((x) => [x.name, x.score?.max])).toEqual([
      ['新建农田面积', 15],
      ['受益农户数', 10],
    ]);
  });

  // Rows 30 points tall with text 10 points below their top leave 2.2 font sizes under it (LibreOffice's padding).
  const XS = [50, 150, 250, 350, 450];
  const cellTexts = (y: number, texts: string[]): { x: number; y: number; text: string }[] =>
    texts.flatMap((text, c) => (text ? [{ x: XS[c]! + 5, y, text }] : []));

  it('starts a new row on the next page after a row of short one-line cells that had room left', async () => {
    const first: PdfPage = {
      lines: gridLines(XS, [100, 130, 160]),
      texts: [...cellTexts(110, ['一级指标', '二级指标', '三级指标', '指标值']), ...cellTexts(140, ['满意度', '满意度指标', '群众满意度', '≥90%'])],
    };
    const second: PdfPage = { lines: gridLines(XS, [40, 70]), texts: cellTexts(50, ['审核要素', '审核内容', '', '']) };
    const [table] = tables(await read([first, second]));
    expect(slots(table!).map((r) => r[0])).toEqual(['一级指标', '满意度', '审核要素']);
  });

  it('joins a row the page cut through one-line cells whose text stands down at the cut', async () => {
    const full = '产出指标数量指标产出'; // ten characters of 9 points fill a 100-point cell padded 5 on each side
    const first: PdfPage = {
      lines: gridLines(XS, [100, 130, 150]),
      texts: [...cellTexts(110, ['一级指标', '三级指标', '指标值', '分值']), ...cellTexts(145, ['', full, full, ''])],
    };
    const second: PdfPage = { lines: gridLines(XS, [40, 60]), texts: cellTexts(50, ['', '甲', '乙', '']) };
    const [table] = tables(await read([first, second]));
    expect(slots(table!)).toEqual([
      ['一级指标', '三级指标', '指标值', '分值'],
      ['', `${full}甲`, `${full}乙`, ''],
    ]);
  });

  it('joins a row the page cut where one cell ran down to the cut and every cell that goes on is full', async () => {
    const full = '产出指标数量指标产出';
    const first: PdfPage = {
      lines: gridLines(XS, [100, 130, 160]),
      texts: [...cellTexts(110, ['一级指标', '三级指标', '指标值', '分值']), ...cellTexts(140, ['', full, full, full]), ...cellTexts(157, ['', full, '', ''])],
    };
    const second: PdfPage = { lines: gridLines(XS, [40, 60]), texts: cellTexts(50, ['', '甲', '乙', '丙']) };
    const [table] = tables(await read([first, second]));
    expect(slots(table!)).toEqual([
      ['一级指标', '三级指标', '指标值', '分值'],
      ['', `${full}${full}甲`, `${full}乙`, `${full}丙`],
    ]);
  });

  it('parts a run drawn as one across a column line at its space, the words in their cells', async () => {
    // Half an em apart, so pdf.js gives one item '年度指标值 实际完成值' (52–146.5) over the line at 99, as LibreOffice's are.
    const page: PdfPage = {
      lines: gridLines([50, 99, 200], [60, 90, 120]),
      texts: [{ x: 52, y: 75, text: '年度指标值' }, { x: 101.5, y: 75, text: '实际完成值' }, { x: 52, y: 105, text: '≥90%' }, { x: 103, y: 105, text: '92%' }],
    };
    expect(tables(await read([page])).map(slots)).toEqual([[['年度指标值', '实际完成值'], ['≥90%', '92%']]]);
  });

  it('keeps a space after a sign before Chinese, where no autospace stands, and drops the autospace before a figure', () => {
    const run = (text: string, x0: number, x1: number): { text: string; x0: number; x1: number; y: number; size: number } => ({ text, x0, x1, y: 100, size: 18 });
    // '#' ends at 67.6, the title starts a Latin space (0.25 of 18 points) later; '2023' an autospace (0.2) after '局'.
    const [line] = textLines([run('#', 58.6, 67.6), run('石家庄市统计局', 72.1, 198.1), run('2023', 201.7, 237.7), run('年度报告', 241.3, 313.3)]);
    expect(lineText(line!)).toBe('# 石家庄市统计局2023年度报告');
  });

  it('goes on with a paragraph over a page break when its last line reached the right margin', async () => {
    const line = '一'.repeat(40);
    const first: PdfPage = { texts: [60, 74, 88].map((y) => ({ x: 50, y: 700 + y, text: line, size: 10 })) };
    const second: PdfPage = { texts: [{ x: 50, y: 60, text: '二三。', size: 10 }, { x: 50, y: 90, text: '新段落。', size: 10 }] };
    const model = await read([first, second]);
    expect(model.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual([line.repeat(3) + '二三。', '新段落。']);
  });
});
