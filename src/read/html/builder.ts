// htmlparser2's events → blocks: which element is open (skipped chrome, sections, <pre>, symbol fonts), where
// text goes (a cell, a heading, a paragraph), and the tables being built.
//   open('h2'); text('某县绩效自评表'); close('h2'); open('table') … → [heading, table]
import type { Block, ReaderNote } from '../../model.js';
import { CHECKED, UNCHECKED } from '../html.js';
import { symbolFont, symbolText, type SymbolFont } from './symbols.js';
import { TableStack } from './tables.js';
import { TextRun } from './text-run.js';

// Site furniture and things that are not text; header and footer only outside an article.
const SKIP = new Set('script style noscript template nav aside select iframe object svg math'.split(' '));
const CHROME = new Set(['header', 'footer']);
const SECTIONING = new Set(['article', 'main', 'section']);
// Elements whose start and end separate paragraphs (and lines inside a cell).
const BLOCK = new Set(
  'address article aside blockquote caption center dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section ul'.split(' '),
);
const HEADING = /^h([1-6])$/;
const SECTION = new Set(['thead', 'tbody', 'tfoot']);

interface Frame {
  skip: boolean;
  sectioning: boolean;
  /** A symbol font in force (Word's checkboxes), set here or above. */
  font: SymbolFont | null;
}

/** Source positions: the line of the current event, and of an offset into its text. */
export interface Lines {
  here(): number;
  from(offset: number): number;
}

export class PageBuilder {
  readonly blocks: Block[] = [];
  readonly notes: ReaderNote[] = [];
  readonly title = new TextRun();
  private readonly tables = new TableStack(this.blocks, this.notes);
  private readonly frames: Frame[] = [];
  private skip = 0;
  private sectioning = 0;
  private pre = 0;
  private inTitle = false;
  private para = new TextRun();
  private heading: { level: number; run: TextRun; line: number } | null = null;

  constructor(private readonly lines: Lines) {}

  open(name: string, attrs: Record<string, string>): void {
    const top = this.tables.top;
    // A table opened by a stray <tr> or <td> ends at the next block that is not part of a table.
    if (top && top.implicitDepth !== null && !top.cell && (BLOCK.has(name) || HEADING.test(name))) this.tables.end();
    const skipped = SKIP.has(name) || (CHROME.has(name) && this.sectioning === 0);
    this.frames.push({ skip: skipped, sectioning: SECTIONING.has(name), font: symbolFont(attrs) ?? this.frames.at(-1)?.font ?? null });
    if (skipped) this.skip++;
    if (SECTIONING.has(name)) this.sectioning++;
    if (name === 'title') this.inTitle = true;
    if (this.skip > 0) return;
    if (name === 'pre') this.pre++;
    if (!this.openTablePart(name, attrs)) this.openText(name, attrs);
  }

  close(name: string): void {
    const frame = this.frames.pop();
    if (!frame) return;
    const wasSkipping = this.skip > 0;
    if (frame.skip) this.skip--;
    if (frame.sectioning) this.sectioning--;
    if (name === 'title') this.inTitle = false;
    const tables = this.tables;
    while (tables.top?.implicitDepth != null && this.frames.length < tables.top.implicitDepth) tables.end();
    if (wasSkipping) return;
    if (name === 'pre') this.pre--;
    if (name === 'table') {
      if (tables.top?.implicitDepth === null) tables.end();
    } else if (name === 'td' || name === 'th') tables.endCell();
    else if (name === 'tr') {
      tables.endCell();
      tables.top?.grid.endRow();
    } else if (SECTION.has(name)) {
      if (tables.top && !tables.top.cell) tables.top.grid.endGroup();
    } else if (this.heading && HEADING.test(name)) this.endHeading();
    else if (BLOCK.has(name)) this.breakBlock();
  }

  text(data: string): void {
    if (this.inTitle) this.title.add(data, (offset) => this.lines.from(offset));
    else if (this.skip === 0) {
      const font = this.frames.at(-1)?.font;
      this.run().add(font ? symbolText(data, font) : data, (offset) => this.lines.from(offset), this.pre > 0);
    }
  }

  finish(): void {
    while (this.tables.top) this.tables.end();
    this.flushParagraph();
  }

  /** table, tr, td, th, thead, tbody, tfoot; false for any other element. */
  private openTablePart(name: string, attrs: Record<string, string>): boolean {
    const tables = this.tables;
    if (name === 'table') {
      if (!tables.top) this.flushParagraph();
      else tables.top.cell?.run.lineBreak();
      tables.start(this.lines.here());
    } else if (name === 'tr') {
      this.ensureTable(name);
      tables.endCell();
      tables.top!.grid.startRow();
    } else if (name === 'td' || name === 'th') {
      this.ensureTable(name);
      tables.startCell(attrs, name === 'th', this.lines.here());
    } else if (SECTION.has(name)) {
      if (tables.top && !tables.top.cell) tables.top.grid.endGroup();
    } else return false;
    return true;
  }

  private openText(name: string, attrs: Record<string, string>): void {
    const level = HEADING.exec(name)?.[1];
    if (level && !this.tables.top && !this.heading) {
      this.flushParagraph();
      this.heading = { level: Number(level), run: new TextRun(), line: this.lines.here() };
    } else if (name === 'br') this.run().lineBreak();
    else if (name === 'input') this.run().add(inputText(attrs), this.lines.here());
    else if (BLOCK.has(name) || level) this.breakBlock();
  }

  /** Where text goes now: the open cell, text loose in a table, the heading, or the paragraph. */
  private run(): TextRun {
    const table = this.tables.top;
    if (table) return table.cell?.run ?? table.loose;
    return this.heading?.run ?? this.para;
  }

  private endHeading(): void {
    const heading = this.heading!;
    const value = heading.run.value().replace(/\n/g, ' ');
    if (value) this.tables.emit({ type: 'heading', level: heading.level, text: value, where: { line: heading.line } });
    this.heading = null;
  }

  private flushParagraph(): void {
    const value = this.para.value(false);
    if (value) this.tables.emit({ type: 'paragraph', text: value, where: { line: this.para.line } });
    this.para = new TextRun();
  }

  private breakBlock(): void {
    if (this.tables.top || this.heading) this.run().lineBreak();
    else this.flushParagraph();
  }

  private ensureTable(name: string): void {
    if (this.tables.top) return;
    this.flushParagraph();
    const line = this.lines.here();
    // The element holding the row is the one below it on the stack; the table ends with that element.
    this.tables.start(line, this.frames.length - 1);
    this.notes.push({ severity: 'warning', code: 'html-cell-outside-table', message: `Unexpected <${name}> outside any <table>; read as a row of a table that starts there`, where: { line } });
  }
}

/** What a form control shows: a box for checkboxes and radio buttons, else its value. */
function inputText(attrs: Record<string, string>): string {
  const type = (attrs['type'] ?? 'text').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return 'checked' in attrs ? CHECKED : UNCHECKED;
  if (type === 'hidden' || type === 'password' || type === 'submit' || type === 'button' || type === 'image') return '';
  return attrs['value'] ?? '';
}
