// A '<' in cell text → the HTML tag starting there, or null when a reader would see it as text.
//   readTag('a <p class="x">b', 2) → { name: 'p', closing: false, attrs: ' class="x"', end: 15 }

/** Paragraph-like elements: their start and end separate lines of cell text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'address article aside blockquote br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody tfoot thead tr ul'.split(' '),
);

// Only real element names make a tag, so prose such as `x<y` or `<5%` stays text.
export const KNOWN_TAGS: ReadonlySet<string> = new Set([
  ...BLOCK_TAGS,
  ...'a abbr b big body button center cite code col colgroup del em font head html i img input ins kbd label link mark meta option q s samp select small span strike strong sub sup td textarea th title tt u var wbr'.split(' '),
]);

export interface Tag {
  /** Lower-case element name; '!' for comments, declarations and processing instructions. */
  name: string;
  closing: boolean;
  /** Raw text between the name and '>'. */
  attrs: string;
  /** Index just past the tag. */
  end: number;
}

/** Reads tags in one string; keeps state so every scan stays linear over the whole string. */
export class TagReader {
  private commentsClosed = true;

  constructor(private readonly text: string) {}

  read(at: number): Tag | null {
    const next = this.text[at + 1];
    if (next === '!' || next === '?') return this.readMarkup(at);
    const closing = next === '/';
    let i = at + (closing ? 2 : 1);
    const nameStart = i;
    if (!isLetter(this.text.charCodeAt(i))) return null;
    while (isNameChar(this.text.charCodeAt(i))) i++;
    const name = this.text.slice(nameStart, i).toLowerCase();
    if (!KNOWN_TAGS.has(name) && !name.includes(':')) return null;
    const after = this.text[i];
    if (after !== undefined && after !== '>' && after !== '/' && !isSpace(after)) return null;
    const end = this.findEnd(i);
    if (end === -1) return null;
    return { name, closing, attrs: this.text.slice(i, Math.max(i, end - 1)), end };
  }

  /** `<!-- … -->`, `<!DOCTYPE …>`, `<?xml …?>`: dropped when closed, kept as text when not. */
  private readMarkup(at: number): Tag | null {
    if (this.text.startsWith('<!--', at)) {
      // Once no '-->' is left, later '<!--' are not searched for again (linear on 20,000 of them).
      const close = this.commentsClosed ? this.text.indexOf('-->', at + 4) : -1;
      if (close === -1) {
        this.commentsClosed = false;
        return null;
      }
      return { name: '!', closing: false, attrs: '', end: close + 3 };
    }
    const end = this.findEnd(at + 2);
    return end === -1 ? null : { name: '!', closing: false, attrs: '', end };
  }

  /** Index past the '>' that closes a tag, respecting quoted values; -1 when a '<' comes first. */
  private findEnd(from: number): number {
    const text = this.text;
    let afterEquals = false;
    for (let i = from; i < text.length; i++) {
      const c = text[i]!;
      if (c === '>') return i + 1;
      if (c === '<') return -1;
      if (afterEquals && (c === '"' || c === "'")) {
        i = skipQuoted(text, i + 1, c);
        if (i === -1) return -1;
        afterEquals = false;
      } else if (c === '=') afterEquals = true;
      else if (!isSpace(c)) afterEquals = false;
    }
    // A tag cut off at the end of the cell (`…</p`) is dropped as a browser would; anything more stays.
    const rest = text.slice(from).trim();
    return rest === '' || rest === '/' ? text.length : -1;
  }
}

/** Index of the closing quote; -1 when a '<' or the end comes first, so scans never pass a '<'. */
function skipQuoted(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === quote) return i;
    if (c === '<') return -1;
  }
  return -1;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x3a || code === 0x2d;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}
