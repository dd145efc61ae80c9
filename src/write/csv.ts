// Documents → CSV (SPEC §7): one row per indicator, the document's facts repeated on each row.
//   { name: '=SUM(A1)', target: { raw: '≥1500家次', op: 'gte', value: 1500, unit: '家次' }, … } → "…,'=SUM(A1),≥1500家次,gte,1500,,,家次,…\r\n"
import { stringify } from 'csv-stringify/sync';
import type { Indicator, ParsedDocument, Quantity } from '../schema.js';
import type { Writer } from './index.js';

type Cell = string | number | null;

const QUANTITIES = ['target', 'periodTarget', 'achieved'] as const;
const QUANTITY_FIELDS = ['raw', 'op', 'value', 'min', 'max', 'unit'] as const;

/** The header row; CSV consumers address columns by these names. */
export const CSV_COLUMNS: readonly string[] = [
  'path',
  'kind',
  'department',
  'year',
  'group',
  // Spreadsheets want a fixed width: levels past the second are joined into category2 with ' / '.
  'category1',
  'category2',
  'name',
  ...QUANTITIES.flatMap((q) => QUANTITY_FIELDS.map((field) => `${q}_${field}`)),
  'score_max',
  'score_got',
  'status',
  'completion',
  'line',
];

// CRLF is RFC 4180's row end and what Excel/WPS on Windows expect; LF inside quoted cells stays a line break within the cell.
// csv-stringify quotes a field holding the whole CRLF only: a lone LF or CR (a path, a cell) would break the row unquoted.
const STRINGIFY_OPTIONS = { record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/ } as const;

// Excel/WPS run a cell as a formula when it starts with = + - @ (also full-width, also after spaces), or with tab/CR (OWASP CSV injection).
const FORMULA_START = /^(?:\s*[=+\-@＝＋－＠]|[\t\r])/;

/** Prefix a text cell with ' when a spreadsheet would evaluate it as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvWriter(bom: boolean): Writer {
  return {
    // The header comes first even with no indicators, so an empty result is still a well-formed table.
    head: () => (bom ? '\uFEFF' : '') + stringify([CSV_COLUMNS.slice()], STRINGIFY_OPTIONS),
    before: () => '',
    document: (doc) => (doc.indicators.length === 0 ? '' : stringify(documentRows(doc), STRINGIFY_OPTIONS)),
    tail: () => '',
  };
}

function documentRows(doc: ParsedDocument): Cell[][] {
  return doc.indicators.map((indicator) => indicatorRow(doc, indicator).map(guardCell));
}

function indicatorRow(doc: ParsedDocument, indicator: Indicator): Cell[] {
  const [category1 = null, ...deeper] = indicator.category;
  return [
    doc.source.path,
    doc.document.kind,
    doc.document.department,
    doc.document.year,
    indicator.group,
    category1,
    deeper.length > 0 ? deeper.join(' / ') : null,
    indicator.name,
    ...QUANTITIES.flatMap((key) => quantityCells(indicator[key])),
    indicator.score?.max ?? null,
    indicator.score?.got ?? null,
    indicator.status,
    indicator.completion,
    indicator.line,
  ];
}

function quantityCells(q: Quantity | null): Cell[] {
  return QUANTITY_FIELDS.map((field) => q?.[field] ?? null);
}

// Numbers go out as JS prints them (never quoted or prefixed, so -3 stays a number); null becomes an empty cell.
function guardCell(cell: Cell): Cell {
  return typeof cell === 'string' ? guardFormula(cell) : cell;
}
