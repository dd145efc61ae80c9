// The .doc reader on its own: a Word 97 file made by LibreOffice → the same model as the .docx made from the same page;
// and its parts: fields and marks in the text, cell edges into a column grid.
//   museum.doc → heading + table 17×5 with '产出指标' over 6 rows, equal to museum.docx's
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import type { Cell, DocModel, Table } from '../../src/model.js';
import { hiddenRuns } from '../../src/read/doc/chpx.js';
import { docReader } from '../../src/read/doc/index.js';
import { splitParagraphs } from '../../src/read/doc/paragraphs.js';
import { sameTable, wordRows, type DocRow } from '../../src/read/doc/rows.js';
import { UnreadableError } from '../../src/read/decode.js';
import { docxReader } from '../../src/read/docx/index.js';

const DIR = new URL('../fixtures-forms/word/', import.meta.url).pathname;
const shape = (c: Cell) => [c.text, c.row, c.col, c.rowSpan, c.colSpan, c.where];
const tablesOf = (m: DocModel) => m.blocks.filter((b): b is Table => b.type === 'table');

describe('doc reader', () => {
  it('reads a Word 97 file into the same model as the .docx of the same page: heading, cells, spans, where', async () => {
    const doc = await docReader.read(readFileSync(DIR + 'museum.doc'), { path: 'museum.doc' });
    const docx = await docxReader.read(readFileSync(DIR + 'museum.docx'), { path: 'museum.docx' });
    expect(doc.form).toBe('doc');
    expect(doc.blocks[0]).toEqual({ type: 'heading', level: 2, text: '2024年张掖市博物馆免费开放项目支出绩效目标表', where: {} });
    const [table] = tablesOf(doc);
    expect(table).toMatchObject({ rows: 17, cols: 5 });
    expect(table!.cells.find((c) => c.text === '产出指标')).toMatchObject({ row: 7, col: 1, rowSpan: 6, colSpan: 1, where: { table: 1, row: 8, column: 2 } });
    expect(table!.cells.find((c) => c.text === '博物馆纪念馆免费开放补助资金')).toMatchObject({ colSpan: 4 });
    expect(tablesOf(doc).map((t) => t.cells.map(shape))).toEqual(tablesOf(docx).map((t) => t.cells.map(shape)));
    expect(doc.notes).toEqual([]);
  });
});

/** museum.doc with its WordDocument stream changed in place. */
function patched(change: (word: Buffer) => void): Buffer {
  const cfb = CFB.read(readFileSync(DIR + 'museum.doc'), { type: 'buffer' });
  const entry = CFB.find(cfb, 'WordDocument')!;
  const word = Buffer.from(entry.content as Uint8Array);
  change(word);
  entry.content = word;
  entry.size = word.length;
  return Buffer.from(CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }) as Uint8Array);
}

describe('doc reader, damaged', () => {
  it('says an encrypted file is encrypted', async () => {
    const bytes = patched((w) => w.writeUInt16LE(w.readUInt16LE(0x0a) | 0x0100, 0x0a));
    await expect(Promise.resolve().then(() => docReader.read(bytes, { path: 'x.doc' }))).rejects.toThrow(new UnreadableError('an encrypted (password-protected) Word 97–2003 document'));
  });

  it('without paragraph properties, still reads every cell\'s text in order, and warns that rows were guessed', async () => {
    // lcbPlcfBtePapx = 0: nothing tells a row's end from an empty cell's, so rows are a guess; no text is lost.
    const model = await docReader.read(patched((w) => w.writeUInt32LE(0, 154 + 8 * 13 + 4)), { path: 'x.doc' });
    expect(model.notes.map((n) => n.code)).toEqual(['doc-no-paragraph-properties']);
    const whole = await docReader.read(readFileSync(DIR + 'museum.doc'), { path: 'museum.doc' });
    const texts = (m: DocModel) => tablesOf(m).flatMap((t) => t.cells.map((c) => c.text).filter(Boolean));
    expect(texts(model)).toEqual(texts(whole));
    expect(texts(model)).toContain('全年接待观众人次');
  });

  it('refuses a piece table pointing past its stream', async () => {
    const bytes = patched((w) => w.writeUInt32LE(0x7fffff00, 154 + 8 * 33));
    await expect(Promise.resolve().then(() => docReader.read(bytes, { path: 'x.doc' }))).rejects.toThrow(/damaged Word 97–2003 document \(FIB entry 33/);
  });
});

describe('doc text', () => {
  it('splits at paragraph, cell and page marks, shows a field result and never its code', () => {
    expect(splitParagraphs('标题\r产出\x07\x13 PAGE \x141\x15页\x07\x0b\x07后\x0c')).toEqual([
      { text: '标题', end: '\r', cp: 2 },
      { text: '产出', end: '\x07', cp: 5 },
      { text: '1页', end: '\x07', cp: 17 },
      { text: '\n', end: '\x07', cp: 19 },
      { text: '后', end: '\x0c', cp: 21 },
    ]);
  });

  it('leaves out deleted and hidden characters but keeps the marks that hold cells and rows together', () => {
    const text = '目标≥90%95%\x07旧\x07\r';
    const hidden = (cp: number) => (cp >= 4 && cp < 7) || (cp >= 10 && cp <= 11);
    expect(splitParagraphs(text, hidden).map((p) => [p.text, p.end])).toEqual([['目标≥95%', '\x07'], ['', '\x07'], ['', '\r']]);
  });

  it('finds deleted runs (sprmCFRMarkDel) and hidden runs (sprmCFVanish) in a character-property page', () => {
    const page = Buffer.alloc(512);
    page[511] = 3;
    [100, 110, 120, 130].forEach((fc, i) => page.writeUInt32LE(fc, 4 * i));
    // Each run's properties: its length in bytes, then one sprm and its one-byte operand.
    const chpx = (word: number, sprm: number, on: number) => {
      page[2 * word] = 3;
      page.writeUInt16LE(sprm, 2 * word + 1);
      page[2 * word + 3] = on;
    };
    [200, 210, 220].forEach((word, i) => (page[16 + i] = word));
    chpx(200, 0x0800, 1);
    chpx(210, 0x083c, 0);
    chpx(220, 0x083c, 0x81);
    expect(hiddenRuns(page)).toEqual([{ fcStart: 100, fcEnd: 110 }, { fcStart: 120, fcEnd: 130 }]);
  });

  it('drops the code of nested fields and pictures\' anchors', () => {
    expect(splitParagraphs('a\x13 IF \x13 REF x \x14y\x15 \x14结果\x15\x01b\r').map((p) => p.text)).toEqual(['a结果b']);
  });
});

describe('doc rows', () => {
  const row = (cells: string[], edges: number[], merges: Partial<{ h: number; v: 'restart' | 'continue' }>[] = []): DocRow => ({
    cells,
    tap: { edges, cells: cells.map((_, i) => ({ hMerge: merges[i]?.h ?? 0, vMerge: merges[i]?.v ?? null })) },
  });

  it('puts every row on the grid of all the table\'s edges, a wide cell spanning the columns it covers', () => {
    const { rows, gridCols } = wordRows([row(['标题'], [0, 3000]), row(['产出', '数量', '10'], [0, 900, 2000, 3000], [{ v: 'restart' }]), row(['', '质量'], [10, 905, 2000], [{ v: 'continue' }])]);
    expect(gridCols).toBe(3);
    expect(rows).toEqual([
      { cells: [{ text: '标题', span: 3, vMerge: null }], before: 0, after: 0 },
      { cells: [{ text: '产出', span: 1, vMerge: 'restart' }, { text: '数量', span: 1, vMerge: null }, { text: '10', span: 1, vMerge: null }], before: 0, after: 0 },
      { cells: [{ text: '', span: 1, vMerge: 'continue' }, { text: '质量', span: 1, vMerge: null }], before: 0, after: 1 },
    ]);
  });

  it('widens the cell before a horizontally merged one', () => {
    const { rows } = wordRows([row(['a', 'b', 'c'], [0, 100, 200, 300], [{ h: 1 }, { h: 2 }])]);
    expect(rows[0]!.cells).toEqual([{ text: 'a\nb', span: 2, vMerge: null }, { text: 'c', span: 1, vMerge: null }]);
  });

  it('tells two tables apart by their edges', () => {
    expect(sameTable(row(['t'], [0, 3000]), row(['a', 'b'], [0, 1000, 3000]))).toBe(true);
    expect(sameTable(row(['a', 'b'], [0, 1000, 3000]), row(['a', 'b'], [0, 2000, 3000]))).toBe(false);
  });
});

describe('other OLE2 files', () => {
  const ole = (name: string): Buffer => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, name, Buffer.from('x'.repeat(5000)));
    return Buffer.from(CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }) as Uint8Array);
  };

  it.each([
    ['a password-protected .docx', 'EncryptedPackage', 'an encrypted (password-protected) Office document'],
    ['another Office file', 'PowerPoint Document', 'an Office 97–2003 file with no Word document in it (another Office file, or damaged)'],
  ])('%s is named for what it is', async (_name, stream, message) => {
    await expect(Promise.resolve().then(() => docReader.read(ole(stream), { path: 'x.doc' }))).rejects.toThrow(new UnreadableError(message));
  });
});
