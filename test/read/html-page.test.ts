// The web-page reader on its own: markup → headings, paragraphs and tables as grids, with where each came from.
import { describe, expect, it } from 'vitest';
import { gridOf, type Block, type DocModel, type Table } from '../../src/model.js';
import { htmlReader } from '../../src/read/html-page.js';
import { encodeGb18030 } from './gb18030.js';

function read(html: string | Uint8Array): DocModel {
  return htmlReader.read(typeof html === 'string' ? Buffer.from(html, 'utf8') : html, { path: 't.html' }) as DocModel;
}

const tables = (m: DocModel): Table[] => m.blocks.filter((b): b is Table => b.type === 'table');

/** The grid as text: a cell's text in its top-left slot, '^' under a rowspan, '<' right of a colspan. */
function grid(table: Table): string[][] {
  return gridOf(table).map((slots, r) => slots.map((cell, c) => (!cell ? '' : cell.row === r && cell.col === c ? cell.text : cell.row < r ? '^' : '<')));
}

const summary = (blocks: Block[]): string[] => blocks.map((b) => (b.type === 'table' ? `table ${b.rows}×${b.cols}` : `${b.type} ${b.text}`));

describe('tables as grids', () => {
  it('expands rowspan and colspan by the HTML rules', () => {
    const m = read('<table><tr><td rowspan=2>产出指标</td><td colspan=2>数量</td></tr><tr><td>培训人次</td><td>≥150</td></tr></table>');
    expect(grid(tables(m)[0]!)).toEqual([
      ['产出指标', '数量', '<'],
      ['^', '培训人次', '≥150'],
    ]);
  });

  it('clips a rowspan past the table and reads rowspan=0 to the end of its row group', () => {
    const m = read('<table><tbody><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr></tbody><tbody><tr><td rowspan=9>d</td><td>e</td></tr></tbody></table>');
    const t = tables(m)[0]!;
    expect(grid(t)).toEqual([
      ['a', 'b'],
      ['^', 'c'],
      ['d', 'e'],
    ]);
    expect(t.cells.find((c) => c.text === 'd')!.rowSpan).toBe(1);
  });

  it('caps an absurd colspan with a note and keeps the grid narrow', () => {
    const m = read('<table><tr><td colspan=100000>项目名称</td></tr><tr><td>a</td><td>b</td></tr></table>');
    const t = tables(m)[0]!;
    expect(t.cols).toBe(2);
    expect(grid(t)[0]).toEqual(['项目名称', '<']);
    expect(m.notes.map((n) => n.code)).toContain('html-span-capped');
  });

  it('gives every cell its table, row, column and line', () => {
    const m = read('<p>说明</p>\n<table>\n<tr><td>a</td>\n<td>b</td></tr>\n<tr><th>c</th></tr>\n</table>');
    const [a, b, c] = tables(m)[0]!.cells;
    expect(a!.where).toEqual({ line: 3, table: 1, row: 1, column: 1 });
    expect(b!.where).toEqual({ line: 4, table: 1, row: 1, column: 2 });
    expect(c).toMatchObject({ header: true, where: { line: 5, row: 2, column: 1 } });
  });

  it('reads cells of Word-exported markup as their text, one line per paragraph', () => {
    const m = read(
      '<table><tr><td width=91 valign=top style="border:solid windowtext 1.0pt"><p class=MsoNormal align=center><span lang=EN-US style="font-size:10.5pt;font-family:宋体">≥</span><font color=red>150</font><span>人次<o:p></o:p></span></p>' +
        '<p class=MsoNormal>第二行<br>第三行</p></td><td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td></tr></table>',
    );
    expect(tables(m)[0]!.cells.map((c) => c.text)).toEqual(['≥150人次\n第二行\n第三行', '']);
  });

  it('shows checkboxes as ☑ and ☐', () => {
    const m = read('<table><tr><td><input type=checkbox checked>优 <input type="checkbox">良 <INPUT TYPE=RADIO>中</td></tr></table>');
    expect(tables(m)[0]!.cells[0]!.text).toBe('☑优 ☐良 ☐中');
  });

  it("reads Word's checkboxes in Wingdings as ☑ and ☐", () => {
    const m = read(`<table><tr><td><span style='font-family:Wingdings'>þ</span>优<span style="font-family:'Wingdings 2'">£</span>良<font face=Wingdings>&#xF0A8;</font>中 þ</td></tr></table>`);
    expect(tables(m)[0]!.cells[0]!.text).toBe('☑优☐良☐中 þ');
  });

  it('puts a table inside a cell after its outer table; the outer cell keeps its own text', () => {
    const row = '<tr><td>1</td><td>2</td><td>3</td></tr>';
    const m = read(`<table>${row}${row}<tr><td>外<table><tr><td>内</td></tr></table>尾</td><td>x</td><td>y</td></tr></table><p>后</p>`);
    expect(summary(m.blocks)).toEqual(['table 3×3', 'table 1×1', 'paragraph 后']);
    expect(tables(m)[0]!.cells[6]!.text).toBe('外\n尾');
    expect(tables(m)[1]!.where.table).toBe(2);
  });
});

describe('page structure', () => {
  it('reads a layout table of a few cells holding the form as the page around it', () => {
    const m = read('<table width=100%><tr><td><div class=title>某县2023年度项目支出绩效自评表</div><p>发布日期：2024-03-01</p></td></tr><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>');
    expect(summary(m.blocks)).toEqual(['paragraph 某县2023年度项目支出绩效自评表\n发布日期：2024-03-01', 'table 1×2']);
    const keyed = read('<table><tr><td>项目名称</td><td>培训</td></tr><tr><td colspan=2><table><tr><td>a</td></tr></table></td></tr></table>');
    expect(summary(keyed.blocks)).toEqual(['paragraph 项目名称\t培训', 'table 1×1']);
  });

  it('keeps headings, paragraphs and tables in document order and leaves site chrome out', () => {
    const m = read(
      '<html><head><title>站点</title><style>td{}</style><script>var a = "<td>x</td>";</script></head><body>' +
        '<header><nav><a href=/>首页</a></nav></header><h2>某县2023年度项目支出绩效自评表</h2><p>一、基本情况</p>' +
        '<table><tr><td>a</td></tr></table><aside>相关链接</aside><p>二、结论</p><footer>版权所有</footer></body></html>',
    );
    expect(summary(m.blocks)).toEqual(['heading 某县2023年度项目支出绩效自评表', 'paragraph 一、基本情况', 'table 1×1', 'paragraph 二、结论']);
  });

  it('keeps an article header, and the <title> when nothing comes before the first table', () => {
    expect(summary(read('<article><header><h1>标题</h1></header><p>正文</p></article>').blocks)).toEqual(['heading 标题', 'paragraph 正文']);
    expect(summary(read('<title>某县绩效目标表</title><table><tr><td>a</td></tr></table>').blocks)).toEqual(['heading 某县绩效目标表', 'table 1×1']);
  });

  it('reads a <br> as a line of its paragraph and runs of &nbsp; or U+3000 as runs of spaces', () => {
    const m = read('<p>填报单位：某局&nbsp;&nbsp;&nbsp;联系人：王<br>电话：123</p><p>a\u3000\u3000b    c</p>');
    expect(m.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(['填报单位：某局   联系人：王\n电话：123', 'a  b c']);
  });

  it('reads U+3000 between words as cell boundaries when the page is typed that way, as in text', () => {
    const rows = ['一级指标　二级指标　三级指标　指标值', '产出指标　数量指标　培训人次　≥150人次', '产出指标　质量指标　合格率　≥90%'];
    const m = read(rows.map((r) => `<p>${r}</p>`).join(''));
    expect(m.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(rows.map((r) => r.replace(/\u3000/g, '\t')));
    expect(read('<p>填报单位　某局</p>').blocks[0]).toMatchObject({ text: '填报单位 某局' });
  });

  it('reads cells outside any table as a table, with a note', () => {
    const m = read('<p>前</p><td>a</td><td>b</td><tr><td>c</td></tr><p>后</p>');
    expect(summary(m.blocks)).toEqual(['paragraph 前', 'table 2×2', 'paragraph 后']);
    expect(m.notes.map((n) => n.code)).toContain('html-cell-outside-table');
  });

  it('closes what an unclosed page leaves open', () => {
    const m = read('<table><tr><td>a<td>b<tr><td>c<p>d');
    expect(grid(tables(m)[0]!)).toEqual([
      ['a', 'b'],
      ['c\nd', ''],
    ]);
  });

  it('keeps the text of elements nested past the depth limit, with a note', () => {
    const m = read(`<table><tr><td>${'<div>'.repeat(5000)}深${'</div>'.repeat(5000)}</td><td>b</td></tr></table><p>后</p>`);
    expect(grid(tables(m)[0]!)).toEqual([['深', 'b']]);
    expect(summary(m.blocks).at(-1)).toBe('paragraph 后');
    expect(m.notes.map((n) => n.code)).toContain('html-too-deep');
  });
});

describe('encodings', () => {
  const body = '<table><tr><td>绩效指标</td><td>≥95%</td></tr></table>';
  // Every character here has a two-byte code, the same in GBK and GB18030.
  const gbk = encodeGb18030;

  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gbk'],
    ['<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=GB18030">', 'gb18030'],
  ])('%s', (meta, encoding) => {
    const m = read(gbk(`<html><head>${meta}</head><body>${body}</body></html>`));
    expect(m.encoding).toBe(encoding);
    expect(tables(m)[0]!.cells.map((c) => c.text)).toEqual(['绩效指标', '≥95%']);
  });

  it('reads Big5 when the page says so', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset=big5><p>'), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]), Buffer.from('</p>')]);
    const m = read(bytes);
    expect(m.encoding).toBe('big5');
    expect(m.blocks[0]).toMatchObject({ text: '中文' });
  });

  it('believes the bytes over a wrong declaration, with a note', () => {
    const utf8Said = read(gbk(`<meta charset="utf-8">${body}`));
    expect(utf8Said.encoding).toBe('gb18030');
    expect(tables(utf8Said)[0]!.cells[0]!.text).toBe('绩效指标');
    const gbkSaid = read(Buffer.from(`<meta charset="gbk">${body}`, 'utf8'));
    expect(gbkSaid.encoding).toBe('utf-8');
    expect(tables(gbkSaid)[0]!.cells[0]!.text).toBe('绩效指标');
    expect([...utf8Said.notes, ...gbkSaid.notes].map((n) => n.code)).toEqual(['html-charset-wrong', 'html-charset-wrong']);
  });

  it('takes the BOM first, and detection when nothing is declared', () => {
    expect(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="gbk">${body}`)])).encoding).toBe('utf-8-bom');
    expect(read(gbk(body)).encoding).toBe('gb18030');
  });
});
