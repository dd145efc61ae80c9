// word/document.xml → headings, paragraphs and tables in document order. Deleted text (w:del) and the old
// properties of a tracked change are skipped; insertions, content controls, hyperlinks and fields are read through.
//   '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、基本情况</w:t></w:r></w:p><w:tbl>…</w:tbl>'
//   → [{ type: 'heading', level: 1, text: '一、基本情况' }, { type: 'table', … }]
// A table nested in a cell becomes a table of its own right after its outermost table; the cell keeps its other text.
import type { Block } from '../../model.js';
import { buildTable, type WordRow } from '../word-table.js';
import { CheckboxTracker } from './checkbox.js';
import type { Numbering } from './numbering.js';
import { outlineLevel, type Styles } from './styles.js';
import { attr, isOn, walkXml, type XmlHandler, type XmlTag } from './xml.js';

interface RawTable {
  type: 'raw-table';
  rows: WordRow[];
  grid: number;
}

interface TableFrame extends RawTable {
  /** Tables opened before this one, for the order nested tables are emitted in. */
  opened: number;
  row: WordRow | null;
  cell: { paragraphs: string[]; span: number; vMerge: 'restart' | 'continue' | null; hMerge: boolean } | null;
}

interface Para {
  text: string;
  level: number | null;
  style: string;
  numId: string | null;
  ilvl: number | null;
}

// Subtrees whose text is not the document's: deletions, moved-away text, field codes, and the old properties of a change.
const SKIP = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'sectPrChange']);
const RUN_TEXT: Record<string, string> = { br: '\n', cr: '\n', noBreakHyphen: '-' };

class BodyReader implements XmlHandler {
  readonly blocks: (Block | RawTable)[] = [];
  private skip = 0;
  private inText = false;
  private inPPr = false;
  /** Inside a run formatted as hidden text (w:vanish), which Word does not show or print. */
  private hidden = false;
  private readonly paras: Para[] = [];
  private readonly tables: TableFrame[] = [];
  private nested: TableFrame[] = [];
  private opened = 0;
  private readonly boxes = new CheckboxTracker((box) => this.add(box));

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering | null,
  ) {}

  open(tag: XmlTag): void {
    if (this.skip > 0 || SKIP.has(tag.local) || (tag.local === 'Fallback' && tag.uri.includes('markup-compatibility'))) {
      this.skip++;
      return;
    }
    if (this.boxes.open(tag)) return;
    if (!tag.uri.includes('wordprocessingml')) return;
    const para = this.paras.at(-1);
    const table = this.tables.at(-1);
    switch (tag.local) {
      case 'p': this.paras.push({ text: '', level: null, style: '', numId: null, ilvl: null }); break;
      case 'pPr': this.inPPr = true; break;
      case 'pStyle': if (para) [para.style, para.level] = [attr(tag, 'val') ?? '', this.styles.headings.get(attr(tag, 'val') ?? '') ?? para.level]; break;
      case 'numId': if (para && this.inPPr) para.numId = attr(tag, 'val') ?? null; break;
      case 'ilvl': if (para && this.inPPr) para.ilvl = Number(attr(tag, 'val')) || 0; break;
      case 'outlineLvl': if (para) para.level = outlineLevel(attr(tag, 'val')); break;
      case 't': this.inText = true; break;
      case 'r': this.hidden = false; break;
      case 'vanish': if (!this.inPPr) this.hidden = isOn(tag); break;
      // A w:tab inside w:pPr is a tab stop, not a tab.
      case 'tab': if (!this.inPPr) this.add('\t'); break;
      case 'sym': this.add(this.boxes.symbol(tag)); break;
      case 'tbl': this.tables.push({ type: 'raw-table', rows: [], grid: 0, opened: this.opened++, row: null, cell: null }); break;
      case 'gridCol': if (table) table.grid++; break;
      case 'tr': if (table) table.row = { cells: [], before: 0, after: 0 }; break;
      case 'gridBefore': if (table?.row) table.row.before = count(tag); break;
      case 'gridAfter': if (table?.row) table.row.after = count(tag); break;
      case 'tblHeader': if (table?.row && isOn(tag)) table.row.header = true; break;
      case 'tc': if (table) table.cell = { paragraphs: [], span: 1, vMerge: null, hMerge: false }; break;
      case 'gridSpan': if (table?.cell) table.cell.span = Math.max(1, count(tag)); break;
      case 'vMerge': if (table?.cell) table.cell.vMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue'; break;
      case 'hMerge': if (table?.cell) table.cell.hMerge = attr(tag, 'val') !== 'restart'; break;
      default: if (RUN_TEXT[tag.local] !== undefined) this.add(RUN_TEXT[tag.local]!);
    }
  }

  close(tag: XmlTag): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (this.boxes.close(tag) || !tag.uri.includes('wordprocessingml')) return;
    if (tag.local === 't') this.inText = false;
    else if (tag.local === 'r') this.hidden = false;
    else if (tag.local === 'pPr') this.inPPr = false;
    else if (tag.local === 'p') this.endParagraph();
    else if (tag.local === 'tc') this.endCell();
    else if (tag.local === 'tr') this.endRow();
    else if (tag.local === 'tbl') this.endTable();
  }

  text(text: string): void {
    if (this.inText && this.skip === 0) this.add(this.boxes.text(text));
  }

  private add(text: string): void {
    if (this.hidden) return;
    const para = this.paras.at(-1);
    if (para) para.text += text;
  }

  private endParagraph(): void {
    const para = this.paras.pop();
    if (!para) return;
    para.text = this.label(para) + para.text;
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.paragraphs.push(para.text);
    else if (para.text.trim() === '') return;
    else if (para.level !== null) this.blocks.push({ type: 'heading', level: para.level, text: para.text.trim(), where: {} });
    else this.blocks.push({ type: 'paragraph', text: para.text, where: {} });
  }

  /** The number Word draws before a paragraph of a list (its own, or its style's); numId 0 switches it off. */
  private label(para: Para): string {
    const list = this.styles.lists.get(para.style);
    const numId = para.numId ?? list?.numId;
    if (!this.numbering || !numId || numId === '0') return '';
    const label = this.numbering.next(numId, para.ilvl ?? (para.numId === null ? list?.ilvl : 0) ?? 0);
    // Word puts a tab after the number; a space reads the same and does not make the line a tab row.
    return label === '' || /[、．.。）)：:\s]$/.test(label) ? label : `${label} `;
  }

  private endCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell || !table.row) return;
    const { paragraphs, span, vMerge, hMerge } = table.cell;
    const text = paragraphs.map((p) => p.trim()).filter(Boolean).join('\n');
    const before = table.row.cells.at(-1);
    // Word 2003's horizontal merge: a continued cell widens the one before it.
    if (hMerge && before) {
      before.span += span;
      if (text) before.text = before.text ? `${before.text}\n${text}` : text;
    } else table.row.cells.push({ text, span, vMerge });
    table.cell = null;
  }

  private endRow(): void {
    const table = this.tables.at(-1);
    // A row with no cells holds nothing and would only widen the grid.
    if (table?.row && table.row.cells.length > 0) table.rows.push(table.row);
    if (table) table.row = null;
  }

  private endTable(): void {
    const frame = this.tables.pop();
    if (!frame) return;
    // Nested tables wait for their outermost table, then follow it in the order they were opened.
    this.nested.push(frame);
    if (this.tables.length > 0) return;
    this.nested.sort((a, b) => a.opened - b.opened);
    for (const t of this.nested) this.blocks.push({ type: 'raw-table', rows: t.rows, grid: t.grid });
    this.nested = [];
  }
}

/** The body's blocks; tables are numbered in the order they are emitted. */
export function readBody(xml: string, styles: Styles, numbering: Numbering | null = null): Block[] {
  const reader = new BodyReader(styles, numbering);
  walkXml(xml, 'word/document.xml', reader);
  let tables = 0;
  return reader.blocks.map((b) => (b.type === 'raw-table' ? buildTable(b.rows, Math.min(b.grid, 63), { table: ++tables }) : b));
}

function count(tag: XmlTag): number {
  // Word tables have at most 63 columns; a larger count is damage and would only inflate the grid.
  const n = Number(attr(tag, 'val'));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 63) : 0;
}
