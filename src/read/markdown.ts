// Markdown → the document model. remark (with GFM) finds the headings and pipe tables; the text between them is read
// by the text reader's lines, so TAB rows in a paragraph still become tables (seed 001). Every block keeps its line.
//   '# 自评报告\n\n| 指标 | 分值 |\n|---|---|\n| 培训人次 | 5 |\n\n产出\t人次\t5' → [heading (1), table (3, 5), table (7)]
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Heading as MdHeading, RootContent, Table as MdTable } from 'mdast';
import type { Block, Cell, DocModel, FormReader, Table } from '../model.js';
import type { Layout } from '../schema.js';
import { decodeBytes } from './decode.js';
import { hasHtml } from './html.js';
import { cleanText } from './lines.js';
import { inlineText } from './markdown-inline.js';
import { textBlocks } from './text-blocks.js';
import { textLines } from '../extract/text-lines.js';
import type { Line } from '../extract/lines.js';

export const markdownReader: FormReader = {
  form: 'markdown',
  read(bytes) {
    const { text, encoding } = decodeBytes(bytes);
    return readMarkdown(text, encoding);
  },
};

export function readMarkdown(text: string, encoding = 'utf-8'): DocModel {
  // remark reads the same cleaned text the line readers see, so its line n is their line n.
  const source = cleanText(text);
  const lines = textLines(text);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source);
  const tables = { count: 0 };
  const blocks: Block[] = [];
  for (const node of tree.children) {
    const from = node.position?.start.line;
    const to = node.position?.end.line;
    if (from === undefined || to === undefined) continue;
    if (node.type === 'table') {
      // GFM lets a table run on into lines without a pipe; text written right below a table is not a row of it.
      const rows = node.children;
      const cut = rows.findIndex((row, r) => r > 0 && !rowSource(row, source).includes('|'));
      blocks.push(pipeTable(cut < 0 ? rows : rows.slice(0, cut), source, ++tables.count));
      const rest = cut < 0 ? undefined : rows[cut]?.position?.start.line;
      if (rest !== undefined) blocks.push(...textBlocks(lines.slice(rest - 1, to), tables));
    }
    else if (isHeading(node, lines[from - 1])) blocks.push({ type: 'heading', level: node.depth, text: inlineText(node.children), where: { line: from } });
    else blocks.push(...textBlocks(lines.slice(from - 1, to), tables));
  }
  return { form: 'markdown', encoding, blocks, notes: [] };
}

/** A heading, unless its line is a row (`# 名称\t分值`, or `名称\t分值` over a setext `---`): a row stays a row. */
function isHeading(node: RootContent, first: Line | undefined): node is MdHeading {
  return node.type === 'heading' && first?.kind !== 'row';
}

/**
 * A GFM table as a grid, its cells as written (empty ones kept). Written without outer pipes (`a | b`, as converters
 * of web pages write it), a pipe at a row's edge is a boundary too: ` | | 名称 | 8 |` opens with an empty cell.
 */
function pipeTable(rows: MdTable['children'], source: string, no: number): Table {
  const header = rowSource(rows[0], source);
  const bareStart = !header.startsWith('|');
  const bareEnd = !/(?<!\\)\|$/.test(header);
  const cells: Cell[] = [];
  let html = false;
  let cols = 0;
  for (const [r, row] of rows.entries()) {
    const line = row.position?.start.line ?? 0;
    const written = rowSource(row, source);
    html ||= hasHtml(written);
    const texts = row.children.map((cell) => inlineText(cell.children));
    if (bareStart && written.startsWith('|')) texts.unshift('');
    if (bareEnd && r > 0 && /(?<!\\)\|$/.test(written) && written.length > 1) texts.push('');
    for (const [c, text] of texts.entries()) cells.push({ text, row: r, col: c, rowSpan: 1, colSpan: 1, ...(r === 0 ? { header: true } : {}), where: line ? { line } : {} });
    cols = Math.max(cols, texts.length);
  }
  const layouts: Layout[] = html ? ['pipe', 'html'] : ['pipe'];
  return { type: 'table', rows: rows.length, cols, cells, layouts, where: { table: no, line: rows[0]?.position?.start.line ?? 1 } };
}

function rowSource(row: MdTable['children'][number] | undefined, source: string): string {
  const start = row?.position?.start.offset;
  const end = row?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end).trim();
}
