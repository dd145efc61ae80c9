// A Word 97–2003 .doc → the document model: paragraphs, and table rows from the cell marks (\x07) and the row-end
// paragraphs (TTP) whose properties give each cell's edges and merge marks, so spans survive.
//   await docReader.read(<OLE2 bytes>) → { form: 'doc', blocks: [paragraph '绩效自评表', table 12×6, …] }
// A table nested in a cell keeps its text in that cell (its cells as lines); headers, footers and notes are not read.
import type { Block, DocModel, FormReader, ReaderNote } from '../../model.js';
import { buildTable } from '../word-table.js';
import { openDoc } from './fib.js';
import { paraProps, type ParaProps } from './papx.js';
import { splitParagraphs } from './paragraphs.js';
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
    return { form: 'doc', encoding: 'doc', blocks: assemble(text, (cp) => props?.(fcAt(cp)) ?? null, headings), notes };
  },
};

function assemble(text: string, propsAt: (cp: number) => ParaProps | null, headings: ReadonlyMap<number, number>): Block[] {
  const blocks: Block[] = [];
  let rows: DocRow[] = [];
  let cells: string[] = [];
  let lines: string[] = [];
  let tables = 0;
  const endTable = (): void => {
    if (cells.length > 0) rows.push({ cells, tap: null });
    if (rows.length > 0) {
      const { rows: wr, gridCols } = wordRows(rows);
      blocks.push(buildTable(wr, gridCols, { table: ++tables }));
    }
    [rows, cells, lines] = [[], [], []];
  };
  let afterCell = false;
  for (const para of splitParagraphs(text)) {
    const props = propsAt(para.cp);
    if (para.end === '\x07') {
      // Without properties, an empty mark right after a cell's mark is taken for the row's end.
      const rowEnd: boolean = props ? props.ttp : afterCell && para.text === '' && lines.length === 0;
      if (rowEnd) {
        const row: DocRow = { cells, tap: props?.tap ?? null, ...(props?.header ? { header: true } : {}) };
        // Word needs a paragraph between two tables, other writers do not: a row on other edges starts a new one.
        if (rows.length > 0 && !sameTable(rows.at(-1)!, row)) {
          [cells, lines] = [[], []];
          endTable();
        }
        rows.push(row);
        [cells, lines] = [[], []];
      } else {
        cells.push([...lines, para.text].map((l) => l.trim()).filter(Boolean).join('\n'));
        lines = [];
      }
      afterCell = !rowEnd;
      continue;
    }
    afterCell = false;
    if (props ? props.inTable || props.itap > 0 : cells.length > 0) {
      lines.push(para.text);
      continue;
    }
    endTable();
    if (para.text.trim() === '') continue;
    const level = props?.outline != null ? Math.min(6, props.outline + 1) : headings.get(props?.istd ?? -1);
    if (level !== undefined) blocks.push({ type: 'heading', level, text: para.text.trim(), where: {} });
    else blocks.push({ type: 'paragraph', text: para.text, where: {} });
  }
  endTable();
  return blocks;
}
