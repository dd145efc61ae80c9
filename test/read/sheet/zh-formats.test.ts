// Cells as a Chinese Excel or WPS displays them: the built-in formats stored by id alone (27–36, 50–58, and 22) in
// an .xlsx with no <numFmt> and an .xls with no FORMAT record, and the display formats Chinese clerks use, each
// checked as cell text and as the quantity gzperf parses from it.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/model.js';
import { parse } from '../../../src/index.js';
import { definingImplied } from '../../../src/read/sheet/implied-formats.js';
import { readWorkbook } from '../../../src/read/sheet/workbook.js';
import { xlsxOf } from './zip.js';

const { utils, write, CFB, SSF } = XLSX;
const table = () => (SSF as unknown as { get_table: () => Record<string, string> }).get_table();
const cellTexts = (bytes: Buffer, form: 'xlsx' | 'xls') => readWorkbook(bytes, form).blocks.flatMap((b) => (b as Table).cells.map((c) => c.text));

/** 2023-12-05 13:30 in each id; before this reader the ids showed as US dates (12/5/23), times or SheetJS's Japanese 56. */
const IMPLIED: [number, string][] = [
  [14, '2023/12/5'], [22, '2023/12/5 13:30'], [27, '2023年12月'], [28, '12月5日'], [29, '12月5日'], [30, '12-5-23'],
  [31, '2023年12月5日'], [32, '13时30分'], [33, '13时30分00秒'], [34, '下午1时30分'], [35, '下午1时30分00秒'],
  [36, '2023年12月'], [50, '2023年12月'], [51, '12月5日'], [52, '2023年12月'], [53, '12月5日'], [54, '12月5日'],
  [55, '下午1时30分'], [56, '下午1时30分00秒'], [57, '2023年12月'], [58, '12月5日'],
];
const WHEN = 45265.5625;

/** An .xlsx whose cell formats name the ids and whose styles define none of them, as a Chinese Excel writes it. */
function impliedXlsx(ids: readonly number[], numFmts = '', prefix = ''): Buffer {
  const xfs = ids.map((id) => `<${prefix}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`).join('');
  const styles = `${numFmts}<${prefix}cellXfs count="${ids.length + 1}"><${prefix}xf numFmtId="0"/>${xfs}</${prefix}cellXfs>`;
  const row = ids.map((_, i) => `<c r="${utils.encode_col(i)}1" s="${i + 1}"><v>${WHEN}</v></c>`).join('');
  return xlsxOf({ sheet: `<row r="1">${row}</row>`, styles });
}

/**
 * An .xls with cells in the ids and no FORMAT record for them. SheetJS writes none for 14–36; it writes one for
 * 50–58, which is moved to an unused id here (same length, nothing else shifts), so the XFs name an undefined id.
 */
function impliedXls(ids: readonly number[]): Buffer {
  const wb = utils.book_new();
  const ws = utils.aoa_to_sheet([ids.map(() => WHEN)]);
  const ssf: Record<number, string> = { ...table() };
  ids.forEach((id, i) => {
    ssf[id] = id === 14 ? 'm/d/yy' : `"id${id}"0`;
    ws[utils.encode_cell({ r: 0, c: i })]!.z = ssf[id];
  });
  utils.book_append_sheet(wb, ws, '表');
  Object.assign(wb, { SSF: ssf });
  const cfb = CFB.read(write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer, { type: 'buffer' });
  const stream = CFB.find(cfb, '/Workbook')!;
  const data = Buffer.from(stream.content as Uint8Array);
  for (let at = 0; at + 4 <= data.length; at += 4 + data.readUInt16LE(at + 2)) {
    if (data.readUInt16LE(at) !== 0x041e) continue;
    const id = data.readUInt16LE(at + 4);
    expect(id < 27 || id > 36).toBe(true);
    if (id >= 50 && id <= 58) data.writeUInt16LE(330 + id, at + 4);
  }
  stream.content = data;
  return CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

describe('the built-in formats a Chinese Excel stores by id alone', () => {
  const ids = IMPLIED.map(([id]) => id);

  it('read in an .xlsx whose styles hold no <numFmt> for them', () => {
    expect(cellTexts(impliedXlsx(ids), 'xlsx')).toEqual(IMPLIED.map(([, shown]) => shown));
  });

  it('read in an .xls with no FORMAT record for them', () => {
    expect(cellTexts(impliedXls(ids), 'xls')).toEqual(IMPLIED.map(([, shown]) => shown));
  });

  it('leave a format the workbook defines itself under such an id as the workbook says', () => {
    const own = '<numFmts count="1"><numFmt numFmtId="31" formatCode="yyyy-mm-dd"/></numFmts>';
    expect(cellTexts(impliedXlsx([31, 27], own), 'xlsx')).toEqual(['2023-12-05', '2023年12月']);
  });

  it('are written into styles with a namespace prefix, and into an empty or an existing <numFmts>', () => {
    const head = '<x:styleSheet xmlns:x="urn:s">';
    expect(definingImplied(`${head}<x:cellXfs><x:xf numFmtId="31"/></x:cellXfs></x:styleSheet>`)).toBe(
      `${head}<x:numFmts><x:numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts><x:cellXfs><x:xf numFmtId="31"/></x:cellXfs></x:styleSheet>`,
    );
    expect(definingImplied('<styleSheet><numFmts count="0"/><cellXfs><xf numFmtId="28"/></cellXfs></styleSheet>')).toBe(
      '<styleSheet><numFmts><numFmt numFmtId="28" formatCode="m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs><xf numFmtId="28"/></cellXfs></styleSheet>',
    );
    expect(definingImplied('<styleSheet><numFmts count="1"><numFmt numFmtId="176" formatCode="0"/></numFmts><cellXfs><xf numFmtId="176"/><xf numFmtId="32"/></cellXfs></styleSheet>')).toContain(
      '<numFmts count="1"><numFmt numFmtId="32" formatCode="h&quot;时&quot;mm&quot;分&quot;"/><numFmt numFmtId="176"',
    );
    const plain = '<styleSheet><cellXfs><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>';
    expect(definingImplied(plain)).toBe(plain);
  });

  it("leave SheetJS's global format table as it was, so a program using the library beside gzperf sees no change", () => {
    const xls = impliedXls([31, 27]);
    // Writing the test's workbook loaded its formats; the reader must neither use them nor drop them.
    table()[31] = '"from the writer"0';
    const before = { ...table() };
    expect(cellTexts(xls, 'xls')).toEqual(['2023年12月5日', '2023年12月']);
    expect(table()).toEqual(before);
  });
});

/** [value, format, the cell's text, the achieved quantity gzperf parses from it]; comments give SheetJS's own text. */
const CLERKS: [number, string, string, Record<string, unknown>][] = [
  [0.985, '0.0%', '98.5%', { op: 'eq', value: 98.5, unit: '%' }],
  [1234.5, '0.00"万元"', '1234.50万元', { value: 12345000, unit: '元' }],
  [1234.5, '#,##0.00_ ', '1,234.50 ', { raw: '1,234.50', value: 1234.5 }],
  [1234.5, '[$¥-804]#,##0.00', '¥1,234.50', { value: 1234.5, unit: '元' }],
  [0.95, '"≥"0%', '≥95%', { op: 'gte', value: 95, unit: '%' }],
  [5, '[>=1]0"分";0.00', '5分', { value: 5, unit: '分' }],
  [0.5, '[>=1]0"分";0.00', '0.50', { value: 0.5 }],
  [-3.2, '0.00;[Red]-0.00', '-3.20', { value: -3.2 }],
  // Excel shows 3.20 in red: the sign is only the colour (SheetJS: '3.20').
  [-3.2, '0.00;[红色]0.00', '-3.20', { value: -3.2 }],
  [-1234.5, '#,##0.00;[Red]#,##0.00', '-1,234.50', { value: -1234.5 }],
  // Chinese numerals (Excel: 一百二十三, 壹仟贰佰叁拾肆.伍; SheetJS: '$123', '$1234.5') read as the number.
  [123, '[DBNum1][$-804]General', '123', { value: 123 }],
  [1234.5, '[DBNum2][$-804]General', '1234.5', { value: 1234.5 }],
  [1234.5, '[DBNum2][$-804]G/通用格式"元"', '1234.5元', { value: 1234.5, unit: '元' }],
  [12.5, '[$-804]0.00', '12.50', { value: 12.5 }],
  // Fractions show an approximation (SheetJS: '1 1/2'): the number.
  [1.5, '# ?/?', '1.5', { value: 1.5 }],
  [0.35, '?/?', '0.35', { value: 0.35 }],
  // Unquoted ¥ as WPS writes it (SheetJS cannot render it: the text was General's '-5').
  [-5, '¥#,##0.00;¥-#,##0.00', '¥-5.00', { value: -5, unit: '元' }],
  [12.5, 'G/通用格式', '12.5', { value: 12.5 }],
];
const DATES: [number, string, string][] = [
  [45265, '[DBNum1][$-804]yyyy"年"m"月"d"日"', '2023年12月5日'],
  // The system's long date (SheetJS: 'Tuesday, December 05, 2023').
  [45265, '[$-F800]dddd, mmmm dd, yyyy', '2023年12月5日'],
  [45265, 'yyyy"年"m"月"d"日";@', '2023年12月5日'],
];

const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

/** One form whose 实际完成值 column holds each case's value in its format. */
function clerksBook(bookType: 'xlsx' | 'biff8'): Buffer {
  const cases = [...CLERKS.map(([v, z]) => [v, z] as const), ...DATES.map(([v, z]) => [v, z] as const)];
  const ws = utils.aoa_to_sheet([HEAD, ...cases.map(([v], i) => ['产出指标', '数量指标', `指标${i + 1}`, '≥0', v, 10, 10])]);
  cases.forEach(([, z], i) => (ws[utils.encode_cell({ r: i + 1, c: 4 })]!.z = z));
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '自评表');
  return write(wb, { type: 'buffer', bookType }) as Buffer;
}

describe.each([['xlsx', 'xlsx'], ['xls', 'biff8']] as const)('display formats Chinese clerks use, in an .%s', (form, bookType) => {
  const bytes = clerksBook(bookType);
  const texts = readWorkbook(bytes, form).blocks.flatMap((b) => (b as Table).cells.filter((c) => c.col === 4 && c.row > 0).map((c) => c.text));
  const indicators = parse(bytes, { path: `a.${form}` }).then(([doc]) => doc!.indicators);

  it.each(CLERKS.map((c, i) => [i, ...c] as const))('#%i %s in %s reads %s', async (i, _v, _z, shown, quantity) => {
    expect(texts[i]).toBe(shown);
    expect((await indicators)[i]!.achieved).toMatchObject(quantity);
  });

  it.each(DATES.map((c, i) => [CLERKS.length + i, ...c] as const))('#%i %s in %s reads %s', (i, _v, _z, shown) => {
    expect(texts[i]).toBe(shown);
  });
});
