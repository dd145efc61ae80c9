// A web page's bytes → the document model: encoding from the BOM, the page's charset or the bytes; markup read
// by htmlparser2 into headings, paragraphs and tables as grids (src/read/html/).
//   read(<'<meta charset=gbk><table><tr><td rowspan=2>产出指标</td>…' in GBK>) → { form: 'html', encoding: 'gbk', blocks: [table 2×3] }
import type { Block, DocModel, FormReader, ReaderNote } from '../model.js';
import { limitDepth, MAX_DEPTH } from './html/depth-guard.js';
import { pageText } from './html/encoding.js';
import { readPage } from './html/page.js';
import { LineIndex } from './html/text-run.js';
import { cleanText } from './lines.js';

export const htmlReader: FormReader = {
  form: 'html',
  read(bytes: Uint8Array): DocModel {
    const decoded = pageText(bytes);
    const text = decoded.text.replace(/^\uFEFF/, '');
    const limited = limitDepth(text);
    const notes: ReaderNote[] = [...decoded.notes];
    if (limited.dropped > 0) {
      const line = new LineIndex(text).lineAt(limited.firstAt);
      notes.push({ severity: 'warning', code: 'html-too-deep', message: `Unexpected elements nested more than ${MAX_DEPTH} deep; ${limited.dropped} of their tags were ignored, their text kept`, where: { line } });
    }
    const page = readPage(limited.text);
    cleanParagraphs(page.blocks);
    return { form: 'html', encoding: decoded.encoding, blocks: withTitle(page.blocks, page.title, page.titleLine), notes: [...notes, ...page.notes] };
  },
};

/**
 * The paragraphs' text cleaned together, as a text file's lines are: U+3000 is a cell boundary on the lines of a
 * page typed with it between cells (three or more such lines), a space anywhere else.
 */
function cleanParagraphs(blocks: Block[]): void {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph');
  const lines = cleanText(paragraphs.map((p) => p.text).join('\n')).split('\n');
  let at = 0;
  for (const p of paragraphs) {
    const count = p.text.split('\n').length;
    p.text = lines
      .slice(at, at + count)
      .map((line) => line.replace(/^ +| +$/g, ''))
      .filter((line) => /\S/.test(line))
      .join('\n');
    at += count;
  }
}

/** The page's <title> stands first when nothing precedes the first table and no block says the same. */
function withTitle(blocks: Block[], title: string, line: number): Block[] {
  if (!title || (blocks[0] && blocks[0].type !== 'table')) return blocks;
  if (blocks.some((b) => b.type !== 'table' && b.text === title)) return blocks;
  return [{ type: 'heading', level: 1, text: title, where: { line } }, ...blocks];
}
