// A page's markup → blocks in document order: headings, paragraphs and tables as grids, read in one pass over
// htmlparser2's events (no DOM: a 50 MB page costs the blocks it holds, not a tree of every tag).
//   readPage('<h2>某县绩效自评表</h2><table><tr><td>项目名称</td><td>培训</td></tr></table>')
//     → blocks [heading '某县绩效自评表', table 1×2], notes []
import { Parser } from 'htmlparser2';
import type { Block, ReaderNote } from '../../model.js';
import { CHECKED, UNCHECKED } from '../html.js';
import { LineIndex, TextRun } from './text-run.js';
import { TableStack } from './tables.js';
import { symbolFont, symbolText, type SymbolFont } from './symbols.js';

// Site furniture and things that are not text; header and footer only outside an article.
const SKIP = new Set('script style noscript template nav aside select iframe object svg math'.split(' '));
const CHROME = new Set(['header', 'footer']);
const SECTIONING = new Set(['article', 'main', 'section']);
// Elements whose start and end separate paragraphs (and lines inside a cell).
const BLOCK = new Set(
  'address article aside blockquote caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section ul'.split(' '),
);
const HEADING = /^h([1-6])$/;

interface Frame {
  name: string;
  skip: boolean;
  sectioning: boolean;
  /** A symbol font in force (Word's checkboxes), set here or above. */
  font: SymbolFont | null;
}

export function readPage(text: string): { blocks: Block[]; notes: ReaderNote[]; title: string; titleLine: number } {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const notes: ReaderNote[] = [];
  const tables = new TableStack(blocks, notes);
  const frames: Frame[] = [];
  let skip = 0;
  let sectioning = 0;
  let pre = 0;
  let para = new TextRun();
  let heading: { level: number; run: TextRun; line: number } | null = null;
  const title = new TextRun();
  let inTitle = false;
  let parser: Parser;
  let read = -1;
  const unread = (offset: number, what: string): void => {
    const line = lines.lineAt(offset);
    notes.push({ severity: 'warning', code: 'html-unclosed', message: `Unexpected end of the page inside ${what} opened on line ${line}; the ${text.length - offset} characters from there were not read`, where: { line } });
  };
  const here = (): number => lines.lineAt(parser.startIndex);
  const from = (offset: number): number => lines.lineAt(parser.startIndex + offset);

  /** Where text goes now: the open cell, text loose in a table, the heading, or the paragraph. */
  const run = (): TextRun => {
    const table = tables.top;
    if (table) return table.cell?.run ?? table.loose;
    return heading?.run ?? para;
  };
  const flushParagraph = (): void => {
    const value = para.value(false);
    if (value) tables.emit({ type: 'paragraph', text: value, where: { line: para.line } });
    para = new TextRun();
  };
  const breakBlock = (): void => {
    if (tables.top || heading) run().lineBreak();
    else flushParagraph();
  };
  const ensureTable = (name: string): void => {
    if (tables.top) return;
    flushParagraph();
    const line = here();
    // The element holding the row is the one before it on the stack; the table ends with that element.
    tables.start(line, frames.length - 1);
    notes.push({ severity: 'warning', code: 'html-cell-outside-table', message: `Unexpected <${name}> outside any <table>; read as a row of a table that starts there`, where: { line } });
  };

  const onOpen = (name: string, attrs: Record<string, string>): void => {
    const top = tables.top;
    // A row of an implicit table ends at the next block that is not part of a table.
    if (top && top.implicitDepth !== null && !top.cell && (BLOCK.has(name) || HEADING.test(name))) tables.end();
    const skipped = SKIP.has(name) || (CHROME.has(name) && sectioning === 0);
    frames.push({ name, skip: skipped, sectioning: SECTIONING.has(name), font: symbolFont(attrs) ?? frames.at(-1)?.font ?? null });
    if (skipped) skip++;
    if (SECTIONING.has(name)) sectioning++;
    if (name === 'title') inTitle = true;
    if (skip > 0) return;
    if (name === 'pre') pre++;
    const level = HEADING.exec(name)?.[1];
    if (name === 'table') {
      if (!tables.top) flushParagraph();
      else tables.top.cell?.run.lineBreak();
      tables.start(here());
    } else if (name === 'tr') {
      ensureTable(name);
      tables.endCell();
      tables.top!.grid.startRow();
    } else if (name === 'td' || name === 'th') {
      ensureTable(name);
      tables.startCell(attrs, name === 'th', here());
    } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      if (tables.top && !tables.top.cell) tables.top.grid.endGroup();
    } else if (level && !tables.top && !heading) {
      flushParagraph();
      heading = { level: Number(level), run: new TextRun(), line: here() };
    } else if (name === 'br') {
      run().lineBreak();
    } else if (name === 'input') {
      run().add(inputText(attrs), here());
    } else if (BLOCK.has(name) || level) breakBlock();
  };

  const onClose = (name: string): void => {
    const frame = frames.pop();
    if (!frame) return;
    const wasSkipping = skip > 0;
    if (frame.skip) skip--;
    if (frame.sectioning) sectioning--;
    if (name === 'title') inTitle = false;
    while (tables.top?.implicitDepth != null && frames.length < tables.top.implicitDepth) tables.end();
    if (wasSkipping) return;
    if (name === 'pre') pre--;
    if (name === 'table') {
      if (tables.top?.implicitDepth === null) tables.end();
    } else if (name === 'td' || name === 'th') tables.endCell();
    else if (name === 'tr') {
      tables.endCell();
      tables.top?.grid.endRow();
    } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      if (tables.top && !tables.top.cell) tables.top.grid.endGroup();
    } else if (heading && HEADING.test(name)) {
      const value = heading.run.value().replace(/\n/g, ' ');
      if (value) tables.emit({ type: 'heading', level: heading.level, text: value, where: { line: heading.line } });
      heading = null;
    } else if (BLOCK.has(name)) breakBlock();
  };

  parser = new Parser(
    {
      onopentag(name, attrs) {
        onOpen(name, attrs);
        read = parser.endIndex;
      },
      onclosetag(name) {
        onClose(name);
        read = Math.max(read, parser.endIndex);
      },
      ontext(data) {
        if (inTitle) title.add(data, from);
        else if (skip === 0) {
          const font = frames.at(-1)?.font;
          run().add(font ? symbolText(data, font) : data, from, pre > 0);
        }
        read = parser.endIndex;
      },
      oncomment() {
        // A comment left open swallows the rest of the page, in a browser too: say so.
        if (parser.endIndex >= text.length - 1 && !/-->\s*$/.test(text.slice(-16))) unread(parser.startIndex, 'a comment');
        read = parser.endIndex;
      },
      onattribute() {
        read = parser.endIndex;
      },
    },
    { decodeEntities: true },
  );
  parser.end(text);
  // The tokenizer drops a tag cut off by the end of the page (an attribute quote never closed).
  if (read + 1 < text.length && !/^[\s>]*$/.test(text.slice(read + 1))) unread(read + 1, 'a tag');
  while (tables.top) tables.end();
  flushParagraph();
  return { blocks, notes, title: title.value().replace(/\n/g, ' '), titleLine: title.line };
}

/** What a form control shows: a box for checkboxes and radio buttons, else its value. */
function inputText(attrs: Record<string, string>): string {
  const type = (attrs['type'] ?? 'text').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return 'checked' in attrs ? CHECKED : UNCHECKED;
  if (type === 'hidden' || type === 'password' || type === 'submit' || type === 'button' || type === 'image') return '';
  return attrs['value'] ?? '';
}
