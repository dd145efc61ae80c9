// An Excel workbook (.xlsx, or .xls in BIFF8) → one document model: every visible sheet's tables and lines of text,
// sheet after sheet; SheetJS (@e965/xlsx) reads both forms and formats every value as Excel displays it.
//   readWorkbook(<xlsx: A1:H1 merged '绩效自评表'; A2 '完成率', B2 0.985 as 0.0%>, 'xlsx') → { blocks: [paragraph '绩效自评表', table { '完成率', '98.5%' }] }
import type { Block, DocModel, ReaderNote } from '../../model.js';
import { UnreadableError } from '../decode.js';
import { checkZip } from './zip-guard.js';
import { MAX_ROWS, ZIP_LIMITS } from './limits.js';
import { loadBook } from './load.js';
import { sheetBlocks, type DenseSheet } from './sheet-table.js';
import { display } from './display.js';
import { withImpliedFormats } from './implied-formats.js';

export type SheetForm = 'xlsx' | 'xls';

/** The workbook's styles part, where its cell formats are. */
const STYLES = /^\/?xl\/styles\.xml$/i;

/** Reads a workbook; throws UnreadableError with a short reason when it is damaged, encrypted or too large. */
export function readWorkbook(bytes: Uint8Array, form: SheetForm): DocModel {
  let styles: { name: string; data: Buffer } | undefined;
  if (form === 'xlsx') {
    checkZip(bytes, ZIP_LIMITS, (name, data) => {
      countRows(name, data);
      if (STYLES.test(name)) styles ??= { name, data };
    });
  }
  const source = styles ? withImpliedFormats(bytes, styles.name, styles.data) : bytes;
  const { book, skipped } = loadBook(source, form, MAX_ROWS);
  const blocks: Block[] = [];
  const notes: ReaderNote[] = [];
  if (skipped.length > 0) notes.push({ severity: 'warning', code: 'skipped-records', message: `Unexpected ${skipped.length} parts of the workbook the reader could not interpret (${skipped[0]}${skipped.length > 1 ? ', …' : ''}); their cells may be missing`, where: {} });
  for (const [i, name] of book.SheetNames.entries()) {
    const sheet = book.Sheets[name] as (DenseSheet & { '!fullref'?: string; '!ref'?: string }) | undefined;
    if (!sheet) continue;
    tooLong(sheet, name);
    if (book.Workbook?.Sheets?.[i]?.Hidden) {
      if (sheet['!ref']) notes.push({ severity: 'info', code: 'hidden-sheet', message: `Sheet "${name}" is hidden in the workbook and was not read`, where: { sheet: name } });
      continue;
    }
    blocks.push(...sheetBlocks(sheet, name, blocks.filter((b) => b.type === 'table').length + 1, display));
  }
  return { form, encoding: form, blocks, notes };
}

/** A worksheet part with more rows than gzperf reads is refused before the library parses it. */
function countRows(name: string, data: Buffer): void {
  if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return;
  if (rowsPast(data, MAX_ROWS)) throw new UnreadableError(`worksheet ${name.slice(14)} has more than the ${MAX_ROWS.toLocaleString('en')} rows gzperf reads`);
}

const LT = 0x3c;
const COLON = 0x3a;

/** Whether the part holds more than `limit` row elements (<row …>, <x:row …>); stops counting there. */
function rowsPast(data: Buffer, limit: number): boolean {
  let rows = 0;
  for (let at = data.indexOf('row'); at > 0; at = data.indexOf('row', at + 3)) {
    const after = data[at + 3];
    if (after !== 0x20 && after !== 0x3e && after !== 0x2f && after !== 0x09 && after !== 0x0a && after !== 0x0d) continue;
    if (opensElement(data, at) && ++rows > limit) return true;
  }
  return false;
}

/** Whether the name at `at` is an element's start tag: right after '<', or after '<prefix:'. */
function opensElement(data: Buffer, at: number): boolean {
  if (data[at - 1] === LT) return true;
  if (data[at - 1] !== COLON) return false;
  // A namespace prefix is short; '</x:row>' is an end tag.
  for (let i = at - 2; i >= Math.max(0, at - 34); i--) if (data[i] === LT) return data[i + 1] !== 0x2f;
  return false;
}

/** A sheet cut at MAX_ROWS + 1 rows says how far it really reaches in '!fullref'. */
function tooLong(sheet: { '!fullref'?: string; '!ref'?: string }, name: string): void {
  const full = sheet['!fullref'] ?? sheet['!ref'];
  const last = full ? /(\d+)$/.exec(full)?.[1] : undefined;
  if (last && Number(last) > MAX_ROWS) throw new UnreadableError(`sheet "${name}" has more than the ${MAX_ROWS.toLocaleString('en')} rows gzperf reads`);
}

