// HTML inside a table cell → the plain text a reader sees, one paragraph per line.
//   cellText('<p>一是…</p> <p><input checked="" type="checkbox"/> 优 &gt;90分</p>') → '一是…\n☑ 优 >90分'
import { decodeEntities } from './html-entities.js';
import { BLOCK_TAGS, KNOWN_TAGS, TagReader, type Tag } from './html-tags.js';

export const CHECKED = '☑';
export const UNCHECKED = '☐';

// Alternation of literal names followed by a delimiter or the end (a tag cut off: '10<p'): constant work per '<', no backtracking blow-up.
const HTML_HINT = new RegExp(
  `<(?:/?(?:${[...KNOWN_TAGS].join('|')}|[a-z]+:[a-z]+)(?:[\\s/>]|$)|!--)|&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});`,
  'i',
);
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Cheap check for markup: a known tag, a comment or a character reference. */
export function hasHtml(text: string): boolean {
  // Nearly every line has neither '<' nor '&'; includes() rules it out much faster than the regex.
  return (text.includes('<') || text.includes('&')) && HTML_HINT.test(text);
}

/** Tags removed, block boundaries as '\n', entities decoded, checkboxes as ☑ / ☐; never throws. */
export function cellText(cell: string): string {
  if (!cell.includes('<') && !cell.includes('&')) return cell;
  const tags = new TagReader(cell);
  const out = new Paragraphs();
  let from = 0;
  for (let lt = cell.indexOf('<'); lt !== -1; lt = cell.indexOf('<', lt + 1)) {
    const tag = tags.read(lt);
    if (tag === null) continue;
    out.push(decodeEntities(cell.slice(from, lt)));
    applyTag(out, tag);
    from = tag.end;
    lt = tag.end - 1;
  }
  out.push(decodeEntities(cell.slice(from)));
  return out.finish();
}

function applyTag(out: Paragraphs, tag: Tag): void {
  if (BLOCK_TAGS.has(tag.name)) out.break();
  else if (tag.name === 'td' || tag.name === 'th') out.push(' ');
  else if (tag.name === 'input' && !tag.closing) out.push(inputText(tag.attrs));
}

/** What a form control shows: a box for checkboxes and radio buttons, else its value. */
function inputText(attrs: string): string {
  const values = new Map<string, string>();
  for (const [, name = '', double, single, bare] of attrs.matchAll(ATTRIBUTE)) {
    values.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  const type = (values.get('type') ?? 'text').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return values.has('checked') ? CHECKED : UNCHECKED;
  if (type === 'hidden' || type === 'password') return '';
  return decodeEntities(values.get('value') ?? '');
}

/** Collects text; each break ends a paragraph, and empty paragraphs vanish. */
class Paragraphs {
  private readonly done: string[] = [];
  private current = '';

  push(text: string): void {
    this.current += text;
  }

  break(): void {
    const paragraph = this.current.trim();
    if (paragraph !== '') this.done.push(paragraph);
    this.current = '';
  }

  finish(): string {
    this.break();
    return this.done.join('\n');
  }
}
