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

// A page starts with markup (a doctype, a comment, <html>, or a fragment such as <table>); text with HTML in its
// cells (the seeds) starts with a title line.
const PAGE_START = /^\s*(?:<!doctype\s+html|<!--|<\?xml|<(?:html|head|body|meta|title|table|div|p|h[1-6]|section|article|center|style|script)\b)/i;
const PAGE_TAG = /<(?:table|body|html)\b/i;

/** Which text form a decoded document is in. */
export function textForm(text: string, path = ''): 'html' | 'text' {
  const head = text.slice(0, 4096);
  if (PAGE_START.test(head)) return 'html';
  if (/\.x?html?$/i.test(path) && PAGE_TAG.test(text)) return 'html';
  return 'text';
}

/** The readers of structured forms, each loaded on first use. */
const READERS: Partial<Record<Form, () => Promise<FormReader>>> = {
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
  const load = form === 'zip' || form === 'ole2' ? undefined : READERS[form];
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
