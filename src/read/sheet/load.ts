// Bytes → a SheetJS workbook, with the library's weak spots closed: an .xls's property streams (whose counts a
// crafted file can set to billions) are not parsed, and what the library prints about records it skips is collected.
//   loadBook(<D0 CF 11 E0 … Workbook …>, 'xls') → { book: { SheetNames: ['Sheet1'], … }, skipped: [] }
import * as XLSX from '@e965/xlsx';
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { UnreadableError } from '../decode.js';
import type { SheetForm } from './workbook.js';
import { withImpliedTable } from './implied-formats.js';

/** Excel on a Chinese system shows built-in date format 14 as 2023/1/5, not the US m/d/yy. */
const DATE_FORMAT = 'yyyy/m/d';

const PROTECTED = 'the workbook is password-protected; save it without a password first';

export interface Loaded {
  book: WorkBook;
  /** What the library said it skipped (unknown records), one entry per message. */
  skipped: string[];
}

// Exported by the library but missing from its types: BIFF from an already-read OLE2 container.
const { CFB, read } = XLSX;
const parseXlsCfb = (XLSX as unknown as { parse_xlscfb: (container: unknown, options: ParsingOptions) => WorkBook }).parse_xlscfb;

interface CfbEntry {
  name: string;
  size: number;
}

/** Reads the workbook; any failure of the library becomes an UnreadableError with its reason. */
export function loadBook(bytes: Uint8Array, form: SheetForm, maxRows: number): Loaded {
  const options: ParsingOptions = {
    type: 'buffer',
    dense: true,
    sheetRows: maxRows + 1,
    dateNF: DATE_FORMAT,
    // Formulas are kept for one case: a cell showing #NAME? shows what was typed instead (sheet-cells.ts).
    cellFormula: true,
    // Each cell's format code, for the zh-CN rewrite of what SheetJS renders otherwise (display.ts).
    cellNF: true,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
  };
  const skipped: string[] = [];
  try {
    const book = quietly(skipped, () => (form === 'xls' ? readXls(bytes, options) : read(bytes, options)));
    return { book, skipped };
  } catch (e) {
    if (e instanceof UnreadableError) throw e;
    const why = (e instanceof Error ? e.message : String(e)) || 'unknown error';
    if (/password|encrypt/i.test(why)) throw new UnreadableError(PROTECTED);
    throw new UnreadableError(`damaged ${form === 'xls' ? 'Excel 97–2003 workbook' : 'workbook'}: ${why.slice(0, 120)}`);
  }
}

function readXls(bytes: Uint8Array, options: ParsingOptions): WorkBook {
  const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' }) as { FileIndex: CfbEntry[] };
  // A password-protected .xlsx is an OLE2 file too; its directory may happen to spell 'Book'.
  if (container.FileIndex.some((entry) => entry.name === 'EncryptedPackage')) throw new UnreadableError(PROTECTED);
  // Document properties (author, title) are not content; an empty stream is skipped by the library.
  for (const entry of container.FileIndex) if (/SummaryInformation$/.test(entry.name)) entry.size = 0;
  return withImpliedTable(() => parseXlsCfb(container, options));
}

/** Runs fn with the console's message functions collecting into `into`; the library logs what it skips. */
function quietly<T>(into: string[], fn: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const collect = (...args: unknown[]): void => void into.push(args.map(String).join(' '));
  Object.assign(console, { error: collect, warn: collect, log: collect });
  try {
    return fn();
  } finally {
    Object.assign(console, saved);
  }
}
