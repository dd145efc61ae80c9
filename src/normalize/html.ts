// `raw` as SPEC §4 defines it: trimmed, HTML tags removed, entities decoded.
//   '<p>&gt;5家</p>' → '>5家';  '  ≥90% ' → '≥90%'
import { decodeHTML } from 'entities';

const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'tr', 'td', 'th', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4']);

const isTagStart = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f;

function tagName(s: string, lt: number, gt: number): string {
  let a = lt + 1;
  if (s.charCodeAt(a) === 0x2f) a++;
  let b = a;
  while (b < gt && isTagStart(s.charCodeAt(b)) && s.charCodeAt(b) !== 0x2f) b++;
  while (b < gt && s.charCodeAt(b) >= 0x30 && s.charCodeAt(b) <= 0x39) b++;
  return s.slice(a, b).toLowerCase();
}

/** Drops tags in one pass; a block tag leaves a line break so paragraphs stay apart. */
function stripTags(s: string): string {
  let out = '';
  let last = 0;
  let lt = s.indexOf('<');
  while (lt >= 0 && lt + 1 < s.length) {
    if (!isTagStart(s.charCodeAt(lt + 1))) {
      lt = s.indexOf('<', lt + 1); // <5家 is an operator, not a tag
      continue;
    }
    const gt = s.indexOf('>', lt + 1);
    if (gt < 0) break; // nothing later can close a tag either
    out += s.slice(last, lt);
    if (BLOCK_TAGS.has(tagName(s, lt, gt)) && out.length > 0 && out.charCodeAt(out.length - 1) !== 0x0a) out += '\n';
    last = gt + 1;
    lt = s.indexOf('<', last);
  }
  return out + s.slice(last);
}

export function cleanRaw(input: unknown): string {
  const s = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  const hasTag = s.includes('<');
  if (!hasTag && !s.includes('&')) return s.trim();
  const text = hasTag ? stripTags(s) : s;
  return (text.includes('&') ? decodeHTML(text) : text).trim();
}
