// A heading's or a table cell's markdown inline content → the text a reader sees: emphasis, links and code marks
// gone, escapes and entities resolved, HTML in the cell (`<p>`, `<br>`, checkboxes) read as the text path reads it.
//   [strong [text '分值'], html '<br>', text '10'] → '分值\n10'
import type { PhrasingContent, RootContent } from 'mdast';
import { cellText } from './html.js';

type Inline = PhrasingContent | { type: 'text'; value: string };

// Text that sits beside markup is escaped again, so that cellText decodes it once and never mistakes it for a tag.
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A single * or ~ between two letters or digits is a sign of the text (元/人*月, 5~10个), not a mark around it.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether an emphasis or strikethrough node was written with single marks inside a word: then it is text. */
function inWord(node: Inline, source: string): boolean {
  if (node.type !== 'emphasis' && node.type !== 'delete') return false;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  return WORD_CHAR.test(source[start - 1] ?? '') || WORD_CHAR.test(source[end] ?? '');
}

/**
 * Walks with an explicit stack: a cell of 100,000 nested emphasis marks must not overflow the call stack. `source` is
 * the text the nodes were parsed from, to keep a single * or ~ inside a word as written.
 */
export function inlineText(nodes: readonly Inline[], source = ''): string {
  const parts: { text: string; html: boolean }[] = [];
  const stack: Inline[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        parts.push({ text: node.value, html: false });
        break;
      case 'html':
        parts.push({ text: node.value, html: true });
        break;
      case 'break':
        parts.push({ text: '<br>', html: true });
        break;
      case 'image':
      case 'imageReference':
        parts.push({ text: node.alt ?? '', html: false });
        break;
      case 'footnoteReference':
        parts.push({ text: `[^${node.label ?? node.identifier}]`, html: false });
        break;
      default:
        // emphasis, strong, delete, link, linkReference: their text, marks left out.
        if (inWord(node, source)) parts.push({ text: source.slice(node.position!.start.offset, node.position!.end.offset), html: false });
        else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  if (!parts.some((p) => p.html)) return parts.map((p) => p.text).join('');
  return cellText(parts.map((p) => (p.html ? p.text : escape(p.text))).join(''));
}

// Inline marks a reader does not see: **bold**, _emphasis_, ~~struck~~, [links](…), `code`.
const MARKED = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'image']);

/**
 * Adds to `out` the lines of a block's paragraphs that hold inline marks, as text without them (a list marker or quote
 * mark before the paragraph kept: `- **培训人数**：≥500人` → `- 培训人数：≥500人`).
 */
export function unmarked(node: RootContent, source: string, out: Map<number, string>): void {
  const stack: RootContent[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.type !== 'paragraph') {
      if ('children' in n && n.type !== 'table') for (const child of n.children as RootContent[]) stack.push(child);
      continue;
    }
    const start = n.position?.start;
    const end = n.position?.end;
    if (!start || !end || !hasMarks(n.children)) continue;
    const texts = inlineText(n.children, source).split('\n');
    if (texts.length !== end.line - start.line + 1) continue;
    const lead = source.slice((start.offset ?? 0) - (start.column - 1), start.offset ?? 0);
    texts.forEach((text, i) => out.set(start.line + i, (i === 0 ? lead : '') + text));
  }
}

function hasMarks(nodes: readonly RootContent[]): boolean {
  const stack = [...nodes];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (MARKED.has(n.type)) return true;
    if ('children' in n) for (const child of n.children as RootContent[]) stack.push(child);
  }
  return false;
}
