// Documents → CSV (SPEC §7): one row per indicator (or budget item, document, diagnostic with --table), the
// document's facts repeated on each row.
//   { name: '=SUM(A1)', target: { raw: '≥1500家次', op: 'gte', value: 1500, unit: '家次' }, … } → "…,'=SUM(A1),≥1500家次,gte,1500,,,家次,…\r\n"
import { stringify } from 'csv-stringify/sync';
import type { ParsedDocument } from '../schema.js';
import type { Writer } from './index.js';
import { columnsOf, rowsOf, type TableName, type Value } from './tables.js';

/** The header row of the indicator table; CSV consumers address columns by these names. */
export const CSV_COLUMNS: readonly string[] = columnsOf('indicators');

// CRLF is RFC 4180's row end and what Excel/WPS on Windows expect; LF inside quoted cells stays a line break within the cell.
// csv-stringify quotes a field holding the whole CRLF only: a lone LF or CR (a path, a cell) would break the row unquoted.
const STRINGIFY_OPTIONS = { record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/ } as const;

// Excel/WPS run a cell as a formula when it starts with = + - @ (also full-width, also after spaces), or with tab/CR (OWASP CSV injection).
const FORMULA_START = /^(?:\s*[=+\-@＝＋－＠]|[\t\r])/;
// …but a signed number or percentage ('-3%', '+2.5') is what it says, and a spreadsheet reads it as that number.
const SIGNED_NUMBER = /^[+-]\d+(?:,\d{3})*(?:\.\d+)?%?$/;

/** Prefix a text cell with ' when a spreadsheet would evaluate it as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

export function csvWriter(bom: boolean, table: TableName = 'indicators'): Writer {
  return {
    // The header comes first even with no rows, so an empty result is still a well-formed table.
    head: () => (bom ? '\uFEFF' : '') + stringify([columnsOf(table)], STRINGIFY_OPTIONS),
    before: () => '',
    document: (doc) => {
      const rows = documentRows(doc, table);
      return rows.length === 0 ? '' : stringify(rows, STRINGIFY_OPTIONS);
    },
    tail: () => '',
  };
}

function documentRows(doc: ParsedDocument, table: TableName): Value[][] {
  return rowsOf(table, doc).map((row) => row.map(guardCell));
}

// Numbers go out as JS prints them (never quoted or prefixed, so -3 stays a number); null becomes an empty cell.
function guardCell(cell: Value): Value {
  return typeof cell === 'string' ? guardFormula(cell) : cell;
}
