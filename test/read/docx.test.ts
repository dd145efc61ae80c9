// The .docx reader on its own: WordprocessingML built in the test → the document model.
//   buildDocx('<w:tbl>…gridSpan…vMerge…</w:tbl>') → { blocks: [{ type: 'table', cells: [{ colSpan: 2 }, { rowSpan: 2 }, …] }] }
import { describe, expect, it } from 'vitest';
import type { Block, Cell, Table } from '../../src/model.js';
import { docxReader } from '../../src/read/docx/index.js';
import { buildDocx } from '../helpers/zip.js';

const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const tc = (content: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;
const tr = (cells: string[], props = ''): string => `<w:tr><w:trPr>${props}</w:trPr>${cells.join('')}</w:tr>`;
const tbl = (cols: number, rows: string[]): string => `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>${rows.join('')}</w:tbl>`;
const box = (checked: boolean): string =>
  `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent>${run(checked ? '☒' : '☐')}</w:sdtContent></w:sdt>`;

async function blocksOf(body: string, styles?: string, numbering?: string): Promise<Block[]> {
  return (await docxReader.read(buildDocx(body, styles, numbering), { path: 't.docx' })).blocks;
}

const shape = (c: Cell) => [c.text, c.row, c.col, c.rowSpan, c.colSpan];
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === 'table');

describe('docx reader', () => {
  it('reads headings by style name and outline level, and paragraphs, in document order', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="T"><w:name w:val="Mine"/><w:basedOn w:val="1"/></w:style>';
    const blocks = await blocksOf(
      `<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr>${run('一、基本情况')}</w:p>${p(run('正文'))}<w:p><w:pPr><w:pStyle w:val="T"/></w:pPr>${run('继承')}</w:p>` +
        `<w:p><w:pPr><w:outlineLvl w:val="2"/><w:tabs><w:tab w:val="left" w:pos="400"/></w:tabs></w:pPr>${run('三级')}</w:p>`,
      styles,
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: '一、基本情况', where: {} },
      { type: 'paragraph', text: '正文', where: {} },
      { type: 'heading', level: 1, text: '继承', where: {} },
      { type: 'heading', level: 3, text: '三级', where: {} },
    ]);
  });

  it('keeps spans: gridSpan, vMerge restart / continue, gridBefore / gridAfter; marks a repeated header row', async () => {
    const body = tbl(4, [
      tr([tc(p(run('项目名称')), '<w:gridSpan w:val="2"/>'), tc(p(run('A'))), tc(p(run('B')))], '<w:tblHeader/>'),
      tr([tc(p(run('产出指标')), '<w:vMerge w:val="restart"/>'), tc(p(run('数量'))), tc(p(run('10')), '<w:gridSpan w:val="2"/>')]),
      tr([tc(p(), '<w:vMerge/>'), tc(p(run('质量'))), tc(p(run('100%')))], '<w:gridAfter w:val="1"/>'),
      tr([tc(p(run('备注')))], '<w:gridBefore w:val="3"/>'),
    ]);
    const [table] = tables(await blocksOf(body));
    expect(table).toMatchObject({ rows: 4, cols: 4, where: { table: 1 } });
    expect(table!.cells.map(shape)).toEqual([
      ['项目名称', 0, 0, 1, 2], ['A', 0, 2, 1, 1], ['B', 0, 3, 1, 1],
      ['产出指标', 1, 0, 2, 1], ['数量', 1, 1, 1, 1], ['10', 1, 2, 1, 2],
      ['质量', 2, 1, 1, 1], ['100%', 2, 2, 1, 1],
      ['备注', 3, 3, 1, 1],
    ]);
    expect(table!.cells[5]!.where).toEqual({ table: 1, row: 2, column: 3 });
    expect(table!.cells.map((c) => c.header ?? false)).toEqual([true, true, true, false, false, false, false, false, false]);
  });

  it('reads content controls and insertions, drops deletions and field codes, and turns checkboxes into ☑ / ☐', async () => {
    const legacy = (on: boolean) => `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="${on ? 1 : 0}"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = tbl(2, [
      tr([tc(p(run('目标值'))), tc(`<w:sdt><w:sdtPr><w:alias w:val="值"/></w:sdtPr><w:sdtContent>${p(run('≥'), '<w:ins w:id="1">' + run('95%') + '</w:ins>', `<w:del w:id="2"><w:r><w:delText>90%</w:delText></w:r><w:r><w:tab/><w:t>旧</w:t></w:r></w:del>`)}</w:sdtContent></w:sdt>`)]),
      tr([tc(p(run('等级'))), tc(p(box(true), run('优 '), box(false), run('良 '), legacy(true), run('中 '), legacy(false), run('差')))]),
      tr([tc(p(run('符号'))), tc(p('<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>', run('是'), '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>', run('否 ☑ 已')))]),
    ]);
    const [table] = tables(await blocksOf(body));
    expect(table!.cells.map((c) => c.text)).toEqual(['目标值', '≥95%', '等级', '☑优 ☐良 ☑中 ☐差', '符号', '☑是☐否 ☑ 已']);
  });

  it('leaves out hidden text, as Word does on screen and on paper', async () => {
    const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（填表说明）</w:t><w:tab/></w:r>';
    const blocks = await blocksOf(`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${run('说明')}${hidden}${run('完')}<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r></w:p>`);
    expect(blocks).toEqual([{ type: 'paragraph', text: '说明完显示', where: {} }]);
  });

  it('keeps line breaks, tabs and paragraphs inside a cell', async () => {
    const body = tbl(1, [tr([tc(p(run('一是'), '<w:r><w:br/></w:r>', run('二是'), '<w:r><w:tab/></w:r>', run('三是')) + p(run('四是')) + p())])]);
    expect(tables(await blocksOf(body))[0]!.cells[0]!.text).toBe('一是\n二是\t三是\n四是');
  });

  it('puts a nested table after its outer table, numbered in that order, and keeps the cell text around it', async () => {
    const inner = tbl(2, [tr([tc(p(run('内1'))), tc(p(run('内2')))])]);
    const body = tbl(2, [tr([tc(p(run('外'))), tc(p(run('前')) + inner + p(run('后')))])]) + p(run('之后')) + tbl(1, [tr([tc(p(run('第三')))])]);
    const blocks = await blocksOf(body);
    expect(blocks.map((b) => [b.type, b.type === 'table' ? b.where.table : b.text])).toEqual([['table', 1], ['table', 2], ['paragraph', '之后'], ['table', 3]]);
    const [outer, nested] = tables(blocks);
    expect(outer!.cells.map((c) => c.text)).toEqual(['外', '前\n后']);
    expect(nested!.cells.map(shape)).toEqual([['内1', 0, 0, 1, 1], ['内2', 0, 1, 1, 1]]);
    expect(nested!.cells[1]!.where).toEqual({ table: 2, row: 1, column: 2 });
  });

  it('draws the numbers of numbered paragraphs as Word does: by the style or the paragraph, counted per level', async () => {
    const lvl = (i: number, format: string, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%1.%3')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const numbered = (ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr>${run(text)}</w:p>`;
    const bullet = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${run('要点')}</w:p>`;
    const off = `<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${run('无号')}</w:p>`;
    const body = heading('基本情况') + numbered(1, '资金') + numbered(2, '细项') + numbered(1, '产出') + heading('绩效') + numbered(1, '效益') + bullet + off + tbl(1, [tr([tc(numbered(1, '格内'))])]);
    const blocks = await blocksOf(body, styles, numbering);
    expect(blocks.map((b) => (b.type === 'table' ? b.cells[0]!.text : b.text))).toEqual([
      '一、基本情况', '（一）资金', '一.1 细项', '（二）产出', '二、绩效', '（一）效益', '要点', '无号', '（二）格内',
    ]);
  });

  it('reads the body when styles.xml is damaged, and says what was lost', async () => {
    const model = await docxReader.read(buildDocx(p(run('正文')), '<w:style><w:name w:val="heading 1"/>'), { path: 't.docx' });
    expect(model.blocks).toEqual([{ type: 'paragraph', text: '正文', where: {} }]);
    expect(model.notes).toMatchObject([{ severity: 'warning', code: 'docx-part-unreadable', message: expect.stringMatching(/word\/styles\.xml is not well-formed XML/) }]);
  });

  it('reads text boxes once, ignoring the fallback copy', async () => {
    const textbox = `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:txbxContent>${p(run('框内'))}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>${p(run('框内'))}</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>`;
    const blocks = await blocksOf(`<w:p>${run('段落')}${textbox}</w:p>`);
    expect(blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(['框内', '段落']);
  });
});
