// A page whose elements nest absurdly deep → the same page with the tags past MAX_DEPTH blanked out (text kept).
//   limitDepth('<div>'.repeat(20000) + 'x') → { text: '<div>' × 128 + spaces + 'x', dropped: 19872, firstAt: 640 }
// htmlparser2 keeps its open elements in an array it shifts and searches per tag: linear only while it stays
// short. This pass tokenizes the page with htmlparser2's own tokenizer and follows the parser's stack (never
// shallower than the parser's), so whatever the markup, the parser never holds more than MAX_DEPTH elements.
import { Tokenizer } from 'htmlparser2';

export const MAX_DEPTH = 128;
// A table's own elements may open past MAX_DEPTH, up to twice it: a form below a page of unclosed <span> is read.
const TABLE_PARTS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

// Elements that never hold others, and the open elements a new one closes (a subset of the parser's rules: a
// rule left out only leaves this stack deeper than the parser's).
const VOID = new Set('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '));
const P_CLOSERS = 'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(' ');
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ...P_CLOSERS.map((name) => [name, new Set(['p'])] as const),
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['option', new Set(['option'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);

export interface Limited {
  text: string;
  /** Tags blanked out, open and close. */
  dropped: number;
  /** Offset of the first tag blanked, or -1. */
  firstAt: number;
}

export function limitDepth(text: string): Limited {
  const stack: string[] = [];
  // Open tags dropped and not yet closed, by name; all of them sit above the parser's deepest element.
  const dropped = new Map<string, number>();
  const blank: number[] = [];
  let name = '';
  let tagStart = 0;
  const open = (end: number): void => {
    for (const closes = IMPLIES_CLOSE.get(name); closes && stack.length > 0 && closes.has(stack.at(-1)!); ) pop(stack.length - 1);
    if (VOID.has(name)) return;
    if (stack.length < (TABLE_PARTS.has(name) ? 2 * MAX_DEPTH : MAX_DEPTH)) stack.push(name);
    else {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      blank.push(tagStart, end + 1);
    }
  };
  const pop = (index: number): void => {
    stack.length = index;
    // Closing an element the parser holds closes everything opened inside it, the dropped ones too.
    if (dropped.size > 0) dropped.clear();
  };
  const close = (start: number, end: number): void => {
    const closing = text.slice(start, end).toLowerCase();
    const pending = dropped.get(closing) ?? 0;
    if (pending > 0) {
      dropped.set(closing, pending - 1);
      blank.push(start - 2, Math.max(end, text.indexOf('>', end) + 1));
      return;
    }
    const at = stack.lastIndexOf(closing);
    if (at !== -1) pop(at);
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    ...IGNORED,
    onopentagname(start, end) {
      name = text.slice(start, end).toLowerCase();
      tagStart = start - 1;
    },
    onopentagend: open,
    onselfclosingtag: open,
    onclosetag: close,
  });
  tokenizer.write(text);
  tokenizer.end();
  return blank.length === 0 ? { text, dropped: 0, firstAt: -1 } : { text: blanked(text, blank), dropped: blank.length / 2, firstAt: blank[0]! };
}

/** The text with each [from, to) range turned into spaces, line ends kept so offsets and lines stay. */
function blanked(text: string, ranges: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = Math.max(from, ranges[i]!);
    const end = Math.max(start, ranges[i + 1]!);
    parts.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const noop = (): void => {};
const IGNORED = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onprocessinginstruction: noop,
  ontext: noop,
  ontextentity: noop,
};
