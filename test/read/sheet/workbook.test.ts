// The Excel reader on its own: a workbook made by an office suite (book.fods → book.xlsx / book.xls with LibreOffice)
// and small ones built here, read into the model — values as displayed, merges as spans, sheets, where.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../../src/model.js';
import { readWorkbook } from '../../../src/read/sheet/workbook.js';
import { xlsxOf } from './zip.js';

const here = join(import.meta.dirname, '.');
const book = (ext: 'xlsx' | 'xls') => readWorkbook(readFileSync(join(here, `book.${ext}`)), ext);
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === 'table');
const texts = (t: Table) => t.cells.map((c) => c.text);

describe('a workbook made by LibreOffice (book.fods)', () => {
  const model = book('xlsx');

  it('reads the title merged over A1:E1 as a line of text above the table', () => {
    expect(model.blocks[0]).toEqual({ type: 'paragraph', text: '某局2023年项目支出绩效自评表', where: { sheet: '自评表', row: 1, column: 1 } });
  });

  it('shows each value as Excel displays it: percent, thousands, a date in a custom format, General', () => {
    const [first] = tables(model.blocks);
    expect(texts(first!)).toEqual([
      '一级指标', '三级指标', '年度指标值', '实际完成值', '完成日期',
      '产出指标', '验收合格率', '≥95%', '98.5%', '2023年12月5日',
      '补助资金', '1,000.00万元', '1,234.00', '0.1',
    ]);
  });

  it('keeps a merged range as a span and the sheet, row and column in where', () => {
    const label = tables(model.blocks)[0]!.cells.find((c) => c.text === '产出指标');
    expect(label).toMatchObject({ row: 1, col: 0, rowSpan: 2, colSpan: 1, where: { sheet: '自评表', table: 1, row: 3, column: 1 } });
  });

  it('reads every sheet in order, trimming empty rows and columns around the text', () => {
    const second = tables(model.blocks)[1]!;
    expect(second).toMatchObject({ rows: 1, cols: 2, where: { sheet: 'Sheet2', table: 2 } });
    expect(second.cells.map((c) => [c.text, c.col, c.where.column])).toEqual([['备注', 0, 2], ['第二张表', 1, 3]]);
  });

  it('gives the same model from the Excel 97–2003 (.xls) save of the same book', () => {
    const xls = book('xls');
    expect(xls.form).toBe('xls');
    expect(xls.blocks).toEqual(model.blocks);
  });
});

/** A workbook written by SheetJS from arrays of rows, with cell formats and merges. */
function built(sheets: Record<string, { rows: unknown[][]; formats?: Record<string, string>; merges?: string[]; hidden?: boolean }>, type: 'xlsx' | 'biff8' = 'xlsx') {
  const wb = utils.book_new();
  for (const [name, s] of Object.entries(sheets)) {
    const ws = utils.aoa_to_sheet(s.rows);
    for (const [ref, z] of Object.entries(s.formats ?? {})) ws[ref]!.z = z;
    ws['!merges'] = (s.merges ?? []).map((m) => utils.decode_range(m));
    utils.book_append_sheet(wb, ws, name);
    if (s.hidden) wb.Workbook = { Sheets: [...(wb.Workbook?.Sheets ?? []), { name, Hidden: 1 }] };
    else wb.Workbook = { Sheets: [...(wb.Workbook?.Sheets ?? []), { name, Hidden: 0 }] };
  }
  return readWorkbook(write(wb, { type: 'buffer', bookType: type }) as Buffer, type === 'biff8' ? 'xls' : 'xlsx');
}

describe('values as displayed', () => {
  it.each([
    ['0.0% → 98.5%', 0.985, '0.0%', '98.5%'],
    ['0% rounds → 99%', 0.985, '0%', '99%'],
    ['#,##0.00 → 1,234.00', 1234, '#,##0.00', '1,234.00'],
    ['#,##0 → 12,345,679', 12345678.9, '#,##0', '12,345,679'],
    ['0.00 keeps trailing zeros', 15230.7, '0.00', '15230.70'],
    ['General shows no float noise', 0.1 + 0.2, 'General', '0.3'],
    ['built-in date 14 (m/d/yy) as a Chinese Excel shows it', 45265, 'm/d/yy', '2023/12/5'],
    ['a custom date', 45265, 'yyyy"年"m"月"d"日"', '2023年12月5日'],
    ['text format keeps the digits', '001', '@', '001'],
  ])('%s', (_, value, format, shown) => {
    for (const type of ['xlsx', 'biff8'] as const) {
      const model = built({ 表: { rows: [['指标', value]], formats: { B1: format } } }, type);
      expect(texts(tables(model.blocks)[0]!)[1]).toBe(shown);
    }
  });

  it('shows what was typed in a cell a spreadsheet took for a formula (#NAME?), and other errors as displayed', () => {
    const wb = utils.book_new();
    const ws = utils.aoa_to_sheet([['指标', '', '']]);
    ws['B1'] = { t: 'e', v: 0x1d, f: '300天', w: '#NAME?' };
    ws['C1'] = { t: 'e', v: 0x07, f: '1/0', w: '#DIV/0!' };
    utils.book_append_sheet(wb, ws, '表');
    const model = readWorkbook(write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'xlsx');
    expect(texts(tables(model.blocks)[0]!)).toEqual(['指标', '=300天', '#DIV/0!']);
    // LibreOffice importing a page (typed.html) keeps '=300天' in an .xls as a formula of one string literal.
    const xls = readWorkbook(readFileSync(join(here, 'typed.xls')), 'xls');
    expect(texts(tables(xls.blocks)[0]!)).toEqual(['三级指标', '指标目标值', '免费开放天数', '=300天']);
  });

  it('reads shared strings, inline strings and rich text runs as plain text', () => {
    const model = readWorkbook(
      xlsxOf({
        sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>',
        strings: '<si><r><rPr><b/></rPr><t>产出</t></r><r><t xml:space="preserve">指标 </t></r></si><si><t>第二行&amp;</t></si>',
      }),
      'xlsx',
    );
    expect(texts(tables(model.blocks)[0]!)).toEqual(['名称', '产出指标 ', '第二行&']);
  });
});

describe('sheets and layout', () => {
  it('leaves a hidden sheet out and says so', () => {
    const model = built({ 表: { rows: [['a', 'b']] }, 隐藏: { rows: [['是', '否']], hidden: true } });
    expect(tables(model.blocks)).toHaveLength(1);
    expect(model.notes).toEqual([expect.objectContaining({ code: 'hidden-sheet', where: { sheet: '隐藏' } })]);
  });

  it('keeps a row with one cell away from the first column in its table (a cell continued from above)', () => {
    const model = built({ 表: { rows: [['名称', '值', '说明'], ['', '', '续写的说明']] } });
    expect(model.blocks.map((b) => b.type)).toEqual(['table']);
  });

  it('drops the columns of a fine grid that no cell starts in, so merged sections line up', () => {
    const rows = [
      ['一级指标', '', '三级指标', '', '年度指标值'],
      ['产出指标', '', '培训人次', '', '≥100人'],
    ];
    const model = built({ 表: { rows, merges: ['A1:B1', 'C1:D1', 'A2:B2', 'C2:D2'] } });
    const table = tables(model.blocks)[0]!;
    expect(table.cols).toBe(3);
    expect(table.cells.map((c) => [c.text, c.col, c.colSpan, c.where.column])).toEqual([
      ['一级指标', 0, 1, 1], ['三级指标', 1, 1, 3], ['年度指标值', 2, 1, 5],
      ['产出指标', 0, 1, 1], ['培训人次', 1, 1, 3], ['≥100人', 2, 1, 5],
    ]);
  });

  it('starts a new table where the rows change to other columns', () => {
    const rows = [
      ['项目名称', '', '某项目', ''],
      ['', '指标', '', '值'],
    ];
    const model = built({ 表: { rows } });
    expect(tables(model.blocks).map((t) => t.rows)).toEqual([1, 1]);
  });

  it('gives an empty workbook no blocks', () => {
    expect(built({ 表: { rows: [[' ', '']] } }).blocks).toEqual([]);
  });
});
