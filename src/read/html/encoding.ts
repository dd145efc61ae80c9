// A page's bytes → its text, by the BOM, then the charset the page declares, then the bytes themselves.
//   pageText(<3C 6D 65 74 61 20 63 68 61 72 73 65 74 3D 67 62 6B 3E C4 E3>) → { text: '<meta charset=gbk>你', encoding: 'gbk' }
// A declaration the bytes contradict loses: a page declared GBK whose bytes are UTF-8 (re-saved by an editor)
// is UTF-8; a page declared UTF-8 that is not is read by detection; both say so in a note.
import { TextDecoder } from 'node:util';
import type { ReaderNote } from '../../model.js';
import { decodeBytes } from '../decode.js';

export interface PageText {
  text: string;
  encoding: string;
  notes: ReaderNote[];
}

// `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, `<?xml … encoding="gbk"?>`.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)/i;
// The charsets Chinese pages are saved in; any other declaration (iso-8859-1 on a Chinese page is common) is
// not believed, and the bytes decide.
const BELIEVED: ReadonlySet<string> = new Set(['utf-8', 'gbk', 'gb18030', 'big5']);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function pageText(bytes: Uint8Array): PageText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const label = hasBom ? null : declared(bytes);
  if (label === null) return { ...decodeBytes(bytes), notes: [] };
  const encoding = canonical(label);
  if (encoding === null || !BELIEVED.has(encoding)) return { ...decodeBytes(bytes), notes: [info('html-charset-ignored', `The page declares charset ${label}; read by its bytes instead`)] };
  if (encoding === 'utf-8') {
    const detected = decodeBytes(bytes);
    const notes = detected.encoding === 'utf-8' && isUtf8(bytes) ? [] : [warning('html-charset-wrong', `The page declares UTF-8 but is not; read as ${detected.encoding}`)];
    return { ...detected, notes };
  }
  // GBK is a subset of GB18030, and their bytes are seldom valid UTF-8 too unless they are UTF-8.
  if (isUtf8(bytes) && hasNonAscii(bytes)) {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8', notes: [warning('html-charset-wrong', `The page declares charset ${label} but its bytes are UTF-8; read as UTF-8`)] };
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const damaged = countReplacements(text);
  const notes = damaged > 0 ? [warning('html-charset-damaged', `${damaged} byte sequences are not valid ${encoding}; shown as U+FFFD`)] : [];
  return { text, encoding, notes };
}

/** The charset named in the first 4 KB, if any. */
function declared(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1] ?? null;
}

/** The WHATWG name of a charset label (gb2312 → gbk), or null when no decoder knows it. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function info(code: string, message: string): ReaderNote {
  return { severity: 'info', code, message, where: {} };
}

function warning(code: string, message: string): ReaderNote {
  return { severity: 'warning', code, message, where: {} };
}
