// Markdown → the document model. remark (with GFM) reads the headings, the pipe tables and the inline marks of prose;
// every other line is read by the text reader's lines, so TAB rows still become tables (seed 001). Each block keeps
// its source line.
//   '# 自评报告\n\n| 指标 | 分值 |\n|---|---|\n| 培训人次 | 5 |\n\n产出\t人次\t5' → [heading (1), table (3, 5), table (7)]
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

import type { Block, DocModel, FormReader, ReaderNote } from '../model.js';
import { decodeBytes } from './decode.js';
import { cleanText, splitLines } from './lines.js';
import { inlineText, unmarked } from './markdown-inline.js';
import { pipedRows, pipeTable } from './markdown-table.js';
import { textBlocks } from './text-blocks.js';
import { spreadTextLines, textLines } from '../extract/text-lines.js';
import { runOnNote } from '../extract/run-on.js';
import type { Line } from '../extract/lines.js';

export const markdownReader: FormReader = {
  form: 'markdown',
  read(bytes) {
    const { text, encoding } = decodeBytes(bytes);
    return readMarkdown(text, encoding);
  },
};

// remark is not linear everywhere (50,000 nested `>` or `[` on one line take minutes), so it sees only the lines it
// is needed for — headings, pipe rows, prose with inline marks — and those only when they are shallow and short.
const MAX_SHOWN = 1 << 19;
const MAX_LINE = 4096;
const MAX_NESTING = 8;
const MAX_BRACKETS = 64;
const MARK_CHARS = /[*_~`[]/;

export function readMarkdown(text: string, encoding = 'utf-8'): DocModel {
  // A table run onto one line has no markdown to read: its rows are read by the line rules, each at its source line.
  const spread = spreadTextLines(text);
  if (spread.tables.length > 0) {
    const lines = spread.lines.map((l) => ({ ...l, no: spread.origin[l.no - 1]! }));
    return { form: 'markdown', encoding, blocks: textBlocks(lines, { count: 0 }), notes: spread.tables.map(runOnNote) };
  }
  const lines = textLines(text);
  const notes: ReaderNote[] = [];
  // remark reads the cleaned text the line readers saw, the lines it need not read left empty: its line n is theirs.
  const shown = shownText(splitLines(cleanText(text)), lines);
  if (shown === null) {
    notes.push({ severity: 'info', code: 'markdown-read-as-text', message: `Unexpected markdown of more than ${MAX_SHOWN} characters of tables and headings, expected less; read by the line rules`, where: {} });
  }
  // One ~ is a range (5~10个), not a strikethrough.
  const tree = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).parse(shown ?? '');
  const tables = { count: 0 };
  const blocks: Block[] = [];
  const texts = new Map<number, string>();
  let next = 1;
  const readTo = (line: number): void => {
    for (const block of textBlocks(lines.slice(next - 1, line - 1), tables, texts)) blocks.push(block);
  };
  for (const node of tree.children) {
    const from = node.position?.start.line ?? next;
    if (node.type === 'table') {
      const rows = pipedRows(node, shown!);
      readTo(from);
      blocks.push(pipeTable(rows, shown!, ++tables.count));
      next = (rows.at(-1)?.position?.end.line ?? from) + 1;
    } else if (node.type === 'heading' && lines[from - 1]?.kind === 'heading') {
      readTo(from);
      blocks.push({ type: 'heading', level: node.depth, text: inlineText(node.children, shown!), where: { line: from } });
      next = (node.position?.end.line ?? from) + 1;
    } else {
      unmarked(node, shown!, texts);
    }
  }
  readTo(lines.length + 1);
  return { form: 'markdown', encoding, blocks, notes };
}

/** The source with only the lines remark must read, the others empty; null when those are too many to parse. */
function shownText(source: readonly string[], lines: readonly Line[]): string | null {
  let size = 0;
  const shown = source.map((text, i) => {
    const line = lines[i];
    const wanted = line !== undefined && (line.kind === 'heading' || isPipeLine(line) || (line.kind === 'prose' && MARK_CHARS.test(text)));
    if (!wanted || text.length > MAX_LINE || nesting(text) > MAX_NESTING || brackets(text) > MAX_BRACKETS) return '';
    size += text.length;
    return text;
  });
  return size > MAX_SHOWN ? null : shown.join('\n');
}

/** A pipe row, or a delimiter row the line reader took in. */
function isPipeLine(line: Line): boolean {
  return line.layouts.includes('pipe') && !line.layouts.includes('tab') && (line.kind === 'row' || line.kind === 'blank');
}

/** How many block containers (`>`, `-`, `1.`) open the line. */
function nesting(text: string): number {
  const m = /^(?:[ \t]{0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*/.exec(text);
  return m ? (m[0].match(/>|[-+*][ \t]|\d[.)]/g)?.length ?? 0) : 0;
}

function brackets(text: string): number {
  let n = 0;
  for (let i = text.indexOf('['); i !== -1 && n <= MAX_BRACKETS; i = text.indexOf('[', i + 1)) n++;
  return n;
}

