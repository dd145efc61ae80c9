// Text collected from markup → what a reader sees: spaces collapsed as HTML does, one line per paragraph or <br>.
//   add('  一是\n保障 '); lineBreak(); add('二是'); value() → '一是 保障\n二是'
import { cleanText } from '../lines.js';

const HTML_SPACE = /[ \t\n\r\f]+/g;
// What cleanText changes (invisible characters, odd spaces, Kangxi radicals) or a line break: else a trim does.
const NEEDS_CLEANING = /[\n\u00A0\u00AD\u2000-\u206F\u2F00-\u2FD5\u3000\uFEFF]/;

export class TextRun {
  private readonly parts: string[] = [];
  /** Where the first visible text came from (a 1-based line), or 0. */
  line = 0;

  /** `line` is where the text starts, or a function of the offset of its first visible character in `text`. */
  add(text: string, line: number | ((offset: number) => number), pre = false): void {
    if (pre) {
      // Inside <pre>, line ends and tabs are the layout (a TAB table typed into a page).
      this.parts.push(text.replace(/\r\n?/g, '\n'));
    } else {
      this.parts.push(text.replace(HTML_SPACE, ' '));
    }
    if (this.line === 0) {
      const first = text.search(/[^ \t\n\r\f]/);
      if (first !== -1) this.line = typeof line === 'number' ? line : line(first);
    }
  }

  lineBreak(): void {
    if (this.parts.length > 0 && this.parts.at(-1) !== '\n') this.parts.push('\n');
  }

  get empty(): boolean {
    return this.parts.every((p) => p.trim() === '');
  }

  /**
   * The text: invisible characters gone, each line trimmed, empty lines dropped. Runs of HTML white space are one
   * space, but runs of &nbsp; or U+3000 stay runs of spaces, as a browser shows them (cells set apart on a line).
   * `clean: false` leaves cleanText to the caller (paragraphs are cleaned page by page, as a text file is).
   */
  value(clean = true): string {
    const joined = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    const text = joined.includes('  ') ? joined.replace(/ {2,}/g, ' ') : joined;
    if (!NEEDS_CLEANING.test(text)) return text.trim();
    const lines = (clean ? cleanText(text) : text).split('\n');
    const kept: string[] = [];
    for (const line of lines) {
      const t = line.replace(/^ +| +$/g, '');
      if (/\S/.test(t)) kept.push(t);
    }
    return kept.join('\n');
  }
}

/** Offsets → 1-based line numbers, by binary search over the line ends. */
export class LineIndex {
  private readonly ends: number[] = [];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.ends.push(i);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}
