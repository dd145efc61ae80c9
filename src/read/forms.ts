// Bytes → which form a document is in, by its bytes first and its name second; the reader of each
// structured form is loaded with import() the first time that form is seen.
//   sniffBinary(<50 4B 03 04 … word/document.xml …>) → 'docx';  textForm('<!DOCTYPE html>…', 'a.txt') → 'html'
import type { Form, FormReader } from '../model.js';
import { UnreadableError } from './decode.js';

export type BinaryForm = 'docx' | 'xlsx' | 'doc' | 'xls' | 'pdf';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The binary form the bytes are in, or null for text. Cheap: looks at the first bytes and at names stored in clear. */
export function sniffBinary(bytes: Uint8Array): BinaryForm | 'zip' | 'ole2' | null {
  if (startsWith(bytes, ZIP)) {
    // A zip's entry names are stored uncompressed, in the local headers and the central directory.
    if (includesAscii(bytes, 'word/')) return 'docx';
    if (includesAscii(bytes, 'xl/')) return 'xlsx';
    return 'zip';
  }
  if (startsWith(bytes, OLE2)) {
    // Stream names in an OLE2 directory are UTF-16LE.
    if (includesUtf16(bytes, 'WordDocument')) return 'doc';
    if (includesUtf16(bytes, 'Workbook') || includesUtf16(bytes, 'Book')) return 'xls';
    return 'ole2';
  }
  // A PDF may have a few bytes of junk before its header.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  return null;
}

// A page opens with a doctype, <html>, <head>, <meta> or <title>; a fragment opens with another tag, or holds a
// <table> below a title line. Text whose TAB rows hold markup (the seeds' <p> in cells) stays text: TABs outside
// tags are its layout, and the text path reads such cells without loading the page reader.
const PAGE_START = /^\s*(?:<!doctype\s+html|<\?xml|<(?:html|head|body|meta|title)\b)/i;
const FRAGMENT_START = /^\s*(?:<!--|<(?:table|div|p|h[1-6]|section|article|center|style|script|span|font|b|strong|tr|td)\b)/i;
const TABLE_TAG = /<table\b[^>]*>\s*(?:<(?:tbody|thead|caption|colgroup)\b[^>]*>\s*)*<tr\b/i;
const PAGE_TAG = /<(?:table|body|html)\b/i;

// Markdown is read by remark when the name says so (`.md`, `.markdown`) or when the text has a GFM pipe table — a
// delimiter row (`|---|---|`, `--- | ---`, `| :-- |`) right below a line with a pipe — which the line reader would
// read by its own, looser rules (outer pipes, escapes, emphasis). `#` headings alone do not: the line reader reads ATX
// headings and the TAB tables between them exactly as remark does (seed 001), without loading it.
const MD_NAME = /\.(?:md|markdown|mdown|mkd)$/i;
// Both linear: no two adjacent parts of either can take the same characters.
const DELIMITER_HINT = /-[ \t]*\||\|[ \t]*:?-/;
const DELIMITER_START = /^[ \t]*(?:\|[ \t]*)?:?-/gm;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;

function isMarkdown(text: string, path: string): boolean {
  return MD_NAME.test(path) || hasDelimiterRow(text);
}

/** A GFM delimiter row below a line holding a pipe; the lines tested are only those that start like one. */
function hasDelimiterRow(text: string): boolean {
  if (!DELIMITER_HINT.test(text)) return false;
  DELIMITER_START.lastIndex = 0;
  for (let m = DELIMITER_START.exec(text); m !== null; m = DELIMITER_START.exec(text)) {
    const end = lineEnd(text, m.index);
    const line = text.slice(m.index, end).trim();
    if (line.includes('|') && DELIMITER_ROW.test(line) && lineAbove(text, m.index).includes('|')) return true;
    DELIMITER_START.lastIndex = end;
  }
  return false;
}

/** Which text form a decoded document is in. */
export function textForm(text: string, path = ''): 'html' | 'markdown' | 'text' {
  const head = text.slice(0, 4096);
  if (PAGE_START.test(head)) return 'html';
  if (/\.x?html?$/i.test(path) && PAGE_TAG.test(text)) return 'html';
  // A GFM delimiter row is markdown's own mark; a fragment of markup (a leading <p>) around it does not make a page.
  if (isMarkdown(text, path)) return 'markdown';
  const fragment = FRAGMENT_START.test(head) || (text.includes('<') && TABLE_TAG.test(text));
  return fragment && tabRows(text) < 3 ? 'html' : 'text';
}

/** Lines among the first 200 whose TABs, outside tags, separate two or more filled cells. */
function tabRows(text: string): number {
  let rows = 0;
  let start = 0;
  for (let i = 0; i < 200 && start < text.length; i++) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl === -1 ? text.length : nl);
    start = nl === -1 ? text.length : nl + 1;
    if (!line.includes('\t')) continue;
    const pieces = line.split('\t');
    // '<td\tclass=x>' splits a tag: that TAB is inside markup.
    if (pieces.some((p) => p.lastIndexOf('<') > p.lastIndexOf('>'))) continue;
    if (pieces.filter((p) => p.replace(/<[^>]*>/g, '').trim() !== '').length >= 2) rows++;
  }
  return rows;
}

const REST_OF_LINE = /[^\r\n]*/y;

/** Where the line starting at `from` ends (LF, CR or CRLF); looks no further than that line. */
function lineEnd(text: string, from: number): number {
  REST_OF_LINE.lastIndex = from;
  REST_OF_LINE.exec(text);
  return REST_OF_LINE.lastIndex;
}

/** The line before the one starting at `start`, found by walking back over it only. */
function lineAbove(text: string, start: number): string {
  let end = start - 1;
  if (end > 0 && text[end] === '\n' && text[end - 1] === '\r') end--;
  let from = end;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  return end > 0 ? text.slice(from, end) : '';
}

/** The readers of structured forms, each loaded on first use. */
const READERS: Partial<Record<Form, () => Promise<FormReader>>> = {
  markdown: async () => (await import('./markdown.js')).markdownReader,
  docx: async () => (await import('./docx/index.js')).docxReader,
  doc: async () => (await import('./doc/index.js')).docReader,
  html: async () => (await import('./html-page.js')).htmlReader,
  xlsx: async () => (await import('./sheet/index.js')).XLSX_READER,
  xls: async () => (await import('./sheet/index.js')).XLS_READER,
  pdf: async () => (await import('./pdf/index.js')).pdfReader,
};

const FORM_NAMES: Record<BinaryForm | 'zip' | 'ole2', string> = {
  docx: 'a Word document (.docx)',
  doc: 'a Word 97–2003 document (.doc)',
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97–2003 workbook (.xls)',
  pdf: 'a PDF',
  zip: 'a zip archive that is neither a Word document nor an Excel workbook',
  ole2: 'an Office 97–2003 file that is neither a Word document nor an Excel workbook',
};

/** Whether gzperf has a reader for a form (text has its own path). */
export function hasReader(form: Form): boolean {
  return READERS[form] !== undefined;
}

/** The reader of a form; throws UnreadableError when gzperf has none for it. */
export async function readerFor(form: Form | 'zip' | 'ole2'): Promise<FormReader> {
  // An OLE2 file naming no stream gzperf knows is damaged or another Office file: the .doc reader opens it and says which.
  const load = form === 'zip' ? undefined : READERS[form === 'ole2' ? 'doc' : form];
  if (!load) throw new UnreadableError(`${form in FORM_NAMES ? FORM_NAMES[form as BinaryForm] : form}, which gzperf cannot read`);
  return load();
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function includesAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'utf16le');
}
