// The main text of a Word 97–2003 file → its paragraphs, each with the mark that ends it and where that mark is.
//   splitParagraphs('标题\r产出\x07\x13 PAGE \x141\x15\x07') → [{ text: '标题', end: '\r', cp: 2 }, { text: '产出', end: '\x07', cp: 5 }, { text: '1', end: '\x07', cp: 14 }]
// A field shows its result (between \x14 and \x15), never its code (between \x13 and \x14).

export interface DocParagraph {
  text: string;
  /** '\r' a paragraph, '\x07' the end of a table cell or row, '\x0c' a page or section break. */
  end: string;
  /** The character position of the end mark. */
  cp: number;
}

// Control characters that stand for something a reader sees; the other ones (pictures, notes' anchors) show nothing.
const SHOWN: Record<string, string> = { '\x0b': '\n', '\x1e': '-', '\t': '\t' };
const ENDS = new Set(['\r', '\x07', '\x0c']);

/** `hidden(cp)` marks deleted or hidden characters: left out, except the marks that hold paragraphs and tables together. */
export function splitParagraphs(text: string, hidden: ((cp: number) => boolean) | null = null): DocParagraph[] {
  const out: DocParagraph[] = [];
  // For each open field, whether it is still in its code part; codeDepth counts those that are.
  const fields: boolean[] = [];
  let codeDepth = 0;
  let current = '';
  for (let cp = 0; cp < text.length; cp++) {
    const ch = text[cp]!;
    if (ENDS.has(ch)) {
      out.push({ text: current, end: ch, cp });
      current = '';
    } else if (ch === '\x13') {
      fields.push(true);
      codeDepth++;
    } else if (ch === '\x14') {
      if (fields.at(-1) === true) codeDepth--;
      if (fields.length > 0) fields[fields.length - 1] = false;
    } else if (ch === '\x15') {
      if (fields.pop() === true) codeDepth--;
    } else if (codeDepth === 0 && !hidden?.(cp)) {
      current += ch >= ' ' ? ch : (SHOWN[ch] ?? '');
    }
  }
  if (current.trim() !== '') out.push({ text: current, end: '', cp: text.length });
  return out;
}
