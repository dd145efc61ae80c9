// Documents → one Excel workbook: sheets of indicators, budget, documents and diagnostics, numbers as numbers,
// units in their own columns, the header row frozen and filtered, columns as wide as their text.
//   [doc] → <xlsx bytes>: indicators (path … detail), budget (path … amount_value, amount_unit), documents, diagnostics
import type { ParsedDocument } from '../schema.js';
import { displayWidth } from '../extract/width.js';
import type { Writer } from './index.js';
import { TABLES, columnsOf, rowsOf, type TableName, type Value } from './tables.js';

/** A writer whose output is one binary file made at the end from every document's rows. */
export interface CollectingWriter extends Writer {
  collect(text: string): void;
  finish(): Promise<Uint8Array>;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export function xlsxWriter(): CollectingWriter {
  const rows = Object.fromEntries(TABLES.map((t) => [t, [] as Value[][]])) as Record<TableName, Value[][]>;
  return {
    head: () => '',
    before: () => '',
    // What crosses back from a worker thread: the document's rows of every table, as JSON.
    document: (doc: ParsedDocument) => JSON.stringify(Object.fromEntries(TABLES.map((t) => [t, rowsOf(t, doc)]))),
    tail: () => '',
    collect: (text) => {
      const parts = JSON.parse(text) as Record<TableName, Value[][]>;
      for (const t of TABLES) for (const row of parts[t]) rows[t].push(row);
    },
    finish: () => workbook(rows),
  };
}

async function workbook(rows: Record<TableName, Value[][]>): Promise<Uint8Array> {
  // Loaded only for -f xlsx.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const sheets = TABLES.map((t) => {
    const header = columnsOf(t);
    const data = [header.map((name) => ({ value: name, fontWeight: 'bold' as const })), ...rows[t].map((row) => row.map(cell))];
    return { data, sheet: t, stickyRowsCount: 1, columns: header.map((name, i) => ({ width: widthOf(name, rows[t], i) })) };
  });
  const filters = new Map(TABLES.map((t) => [t, `A1:${columnLetter(columnsOf(t).length - 1)}${rows[t].length + 1}`]));
  const book = await writeXlsxFile(sheets, { features: [autoFilter(filters)] }).toBuffer();
  return reproducible(new Uint8Array(book));
}

// The writer stamps each zip entry with the current time; the same input must give the same bytes.
const EPOCH = new Date('2000-01-01T00:00:00Z');

async function reproducible(zip: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync } = await import('fflate');
  const entries = unzipSync(zip);
  return zipSync(Object.fromEntries(Object.keys(entries).sort().map((name) => [name, [entries[name]!, { mtime: EPOCH }]])), { level: 6 });
}

function cell(value: Value): { value: string | number; type: StringConstructor | NumberConstructor } | null {
  if (value === null) return null;
  return typeof value === 'number' ? { value, type: Number } : { value, type: String };
}

/** Characters of the widest cell, CJK counted double, within sensible bounds. */
function widthOf(header: string, rows: Value[][], i: number): number {
  let widest = displayWidth(header);
  for (const row of rows) widest = Math.max(widest, displayWidth(String(row[i] ?? '')));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

/** The filter buttons on each sheet's header row: an <autoFilter> right after <sheetData>, where the format wants it. */
function autoFilter(refs: Map<string, string>) {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, options: { sheet?: string }) => {
            const ref = refs.get(options.sheet ?? '');
            return ref ? xml.replace('</sheetData>', `</sheetData><autoFilter ref="${ref}"/>`) : xml;
          },
        },
      },
    },
  };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
