// A Word 97–2003 .doc → the document model: paragraphs, and table rows from the cell marks (\x07) and the row-end
// paragraphs (TTP) whose properties give each cell's edges and merge marks, so spans survive.
//   await docReader.read(<OLE2 bytes>) → { form: 'doc', blocks: [paragraph '绩效自评表', table 12×6, …] }
// A table nested in a cell keeps its text in that cell (its cells as lines); tracked deletions and hidden text are
// left out; headers, footers and notes are not read.
import type { Block, DocModel, FormReader, ReaderNote } from '../../model.js';
import { buildTable } from '../word-table.js';
import { hiddenText } from './chpx.js';
import { openDoc } from './fib.js';
import { paraProps, type ParaProps } from './papx.js';
import { splitParagraphs, type DocParagraph } from './paragraphs.js';
import { headingStyles } from './styles.js';
import { readPieces } from './pieces.js';
import { sameTable, wordRows, type DocRow } from './rows.js';

export const docReader: FormReader = {
  form: 'doc',
  read(bytes: Uint8Array): DocModel {
    const streams = openDoc(bytes);
    const { text, fcAt } = readPieces(streams);
    const props = paraProps(streams);
    const notes: ReaderNote[] = [];
    if (!props) notes.push({ severity: 'warning', code: 'doc-no-paragraph-properties', message: 'Unexpected .doc without paragraph properties, expected them; table rows were told apart by their marks alone', where: {} });
    const headings = headingStyles(streams);
    const hiddenAt = hiddenText(streams);
    const paragraphs = splitParagraphs(text, hiddenAt && ((cp) => hiddenAt(fcAt(cp))));
    return { form: 'doc', encoding: 'doc', blocks: assemble(paragraphs, (cp) => props?.(fcAt(cp)) ?? null, headings), notes };
  },
};

function assemble(paragraphs: DocParagraph[], propsAt: (cp: number) => ParaProps | null, headings: ReadonlyMap<number, number>): Block[] {
  const out = new Assembler(headings);
  for (const para of paragraphs) {
    const props = propsAt(para.cp);
    if (para.end === '\x07') out.mark(para.text, props);
    else if (props ? props.inTable || props.itap > 0 : out.inRow()) out.line(para.text);
    else out.paragraph(para.text, props);
  }
  out.endTable();
  return out.blocks;
}

/** Paragraphs, cell marks and row ends, in text order → blocks. */
class Assembler {
  readonly blocks: Block[] = [];
  private rows: DocRow[] = [];
  private cells: string[] = [];
  private lines: string[] = [];
  private tables = 0;
  private afterCell = false;

  constructor(private readonly headings: ReadonlyMap<number, number>) {}

  inRow(): boolean {
    return this.cells.length > 0;
  }

  /** A paragraph inside a cell. */
  line(text: string): void {
    this.lines.push(text);
    this.afterCell = false;
  }

  /** A \x07: the end of a cell, or of a row when its properties say so (without them, an empty mark after a cell's). */
  mark(text: string, props: ParaProps | null): void {
    const rowEnd = props ? props.ttp : this.afterCell && text === '' && this.lines.length === 0;
    this.afterCell = !rowEnd;
    if (!rowEnd) {
      this.cells.push([...this.lines, text].map((l) => l.trim()).filter(Boolean).join('\n'));
      this.lines = [];
      return;
    }
    const row: DocRow = { cells: this.cells, tap: props?.tap ?? null, ...(props?.header ? { header: true } : {}) };
    [this.cells, this.lines] = [[], []];
    // Word needs a paragraph between two tables, other writers do not: a row on other edges starts a new one.
    if (this.rows.length > 0 && !sameTable(this.rows.at(-1)!, row)) this.endTable();
    this.rows.push(row);
  }

  paragraph(text: string, props: ParaProps | null): void {
    this.afterCell = false;
    this.endTable();
    if (text.trim() === '') return;
    const level = props?.outline != null ? Math.min(6, props.outline + 1) : this.headings.get(props?.istd ?? -1);
    if (level !== undefined) this.blocks.push({ type: 'heading', level, text: text.trim(), where: {} });
    else this.blocks.push({ type: 'paragraph', text, where: {} });
  }

  endTable(): void {
    if (this.cells.length > 0) this.rows.push({ cells: this.cells, tap: null });
    if (this.rows.length > 0) {
      const { rows, gridCols } = wordRows(this.rows);
      this.blocks.push(buildTable(rows, gridCols, { table: ++this.tables }));
    }
    [this.rows, this.cells, this.lines] = [[], [], []];
  }
}
