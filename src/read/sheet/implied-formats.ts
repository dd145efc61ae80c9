// The zh-CN built-in formats (ZH_IMPLIED) given to SheetJS, which knows them only as US m/d/yy: an .xlsx whose
// styles use such an id with no <numFmt> gets the <numFmt> written in; an .xls is read with them in the format table.
//   withImpliedFormats(<xlsx: xf numFmtId="31", no numFmt 31>, 'xl/styles.xml', styles) → <same xlsx, numFmt 31 = yyyy"年"m"月"d"日">
import * as XLSX from '@e965/xlsx';
import { ZH_IMPLIED } from './zh-formats.js';

const { CFB, SSF } = XLSX;

/** The ids SheetJS's own table holds; a table entry outside them came from a workbook read before. */
const LIBRARY_IDS = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 37, 38, 39, 40, 45, 46, 47, 48, 49]);

/** The workbook to give SheetJS: `bytes` itself unless its styles part uses a zh-CN id it does not define. */
export function withImpliedFormats(bytes: Uint8Array, stylesName: string, styles: Buffer): Uint8Array {
  const xml = styles.toString('utf8');
  const patched = definingImplied(xml);
  if (patched === xml) return bytes;
  try {
    const zip = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    const entry = CFB.find(zip, `/${stylesName.replace(/^\//, '')}`);
    if (!entry) return bytes;
    entry.content = Buffer.from(patched, 'utf8');
    entry.size = entry.content.length;
    // Stored, not deflated: the entries were already checked and inflated once (zip-guard.ts), this copy is ours.
    return CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: false }) as Buffer;
  } catch {
    // A zip the library cannot take apart is left to loadBook, which says what is wrong with it.
    return bytes;
  }
}

/** The styles XML with a <numFmt> for each zh-CN implied id its cell formats use and it does not define. */
export function definingImplied(xml: string): string {
  const defined = new Set(ids(xml, /<(?:[\w.-]+:)?numFmt\b[^>]*>/g));
  const missing = [...new Set(ids(xml, /<(?:[\w.-]+:)?xf\b[^>]*>/g))].filter((id) => ZH_IMPLIED[id] !== undefined && !defined.has(id));
  if (missing.length === 0) return xml;
  const root = /<([\w.-]+:)?styleSheet\b[^>]*>/.exec(xml);
  if (!root) return xml;
  const prefix = root[1] ?? '';
  const entries = missing.map((id) => `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(ZH_IMPLIED[id]!)}"/>`).join('');
  // SheetJS reads the first <numFmts>: the definitions go into it, or into a new one at the top.
  const empty = /<(?:[\w.-]+:)?numFmts\b[^>]*\/>/.exec(xml);
  if (empty) return splice(xml, empty.index, empty[0].length, `<${prefix}numFmts>${entries}</${prefix}numFmts>`);
  const open = /<(?:[\w.-]+:)?numFmts\b[^>]*>/.exec(xml);
  if (open) return splice(xml, open.index + open[0].length, 0, entries);
  return splice(xml, root.index + root[0].length, 0, `<${prefix}numFmts>${entries}</${prefix}numFmts>`);
}

/**
 * Runs an .xls parse with the zh-CN ids in SheetJS's format table, which the library keeps across reads (a BIFF
 * parse does not reset it): the table holds only the library's own formats and ours during the parse, so formats
 * of a workbook read before cannot leak in, and it is put back as it was afterwards, so no library user sees a change.
 */
export function withImpliedTable<T>(parse: () => T): T {
  const table = (SSF as unknown as { get_table: () => Record<string, string> }).get_table();
  const saved = { ...table };
  for (const key of Object.keys(table)) if (!LIBRARY_IDS.has(Number(key))) delete table[key];
  Object.assign(table, ZH_IMPLIED);
  try {
    return parse();
  } finally {
    for (const key of Object.keys(table)) delete table[key];
    Object.assign(table, saved);
  }
}

function ids(xml: string, tag: RegExp): number[] {
  const out: number[] = [];
  for (const m of xml.matchAll(tag)) {
    const id = /\bnumFmtId\s*=\s*["']?(\d+)/.exec(m[0]);
    if (id) out.push(Number(id[1]));
  }
  return out;
}

function splice(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
