// The flat tables a spreadsheet user wants from parsed documents, defined once for CSV and the workbook:
// indicators, budget, documents, diagnostics — each a list of named columns over rows of one document.
//   rowsOf('budget', doc) → [['a.txt', '某局', 2020, '基本支出', '年初预算数', '15,230.73', 152307300, '元', 7]]
import type { Indicator, ParsedDocument, Quantity } from '../schema.js';

export type Value = string | number | null;
export const TABLES = ['indicators', 'budget', 'documents', 'diagnostics'] as const;
export type TableName = (typeof TABLES)[number];

interface Column<R> {
  name: string;
  value: (row: R, doc: ParsedDocument) => Value;
}

const QUANTITIES = ['target', 'periodTarget', 'achieved'] as const;
const QUANTITY_FIELDS = ['raw', 'op', 'value', 'min', 'max', 'unit'] as const;

const DOC_FACTS: Column<unknown>[] = [
  { name: 'path', value: (_r, d) => d.source.path },
  { name: 'kind', value: (_r, d) => d.document.kind },
  { name: 'department', value: (_r, d) => d.document.department },
  { name: 'year', value: (_r, d) => d.document.year },
];

const INDICATOR_COLUMNS: Column<Indicator>[] = [
  ...DOC_FACTS,
  { name: 'group', value: (i) => i.group },
  // Spreadsheets want a fixed width: levels past the second are joined into category2 with ' / '.
  { name: 'category1', value: (i) => i.category[0] ?? null },
  { name: 'category2', value: (i) => (i.category.length > 1 ? i.category.slice(1).join(' / ') : null) },
  { name: 'name', value: (i) => i.name },
  ...QUANTITIES.flatMap((key) =>
    QUANTITY_FIELDS.map((field): Column<Indicator> => ({ name: `${key}_${field}`, value: (i) => quantityField(i[key], field) })),
  ),
  { name: 'score_max', value: (i) => i.score?.max ?? null },
  { name: 'score_got', value: (i) => i.score?.got ?? null },
  { name: 'status', value: (i) => i.status },
  { name: 'completion', value: (i) => i.completion },
  { name: 'line', value: (i) => i.line },
  // Last, so that the columns before it keep the places they had before it was added.
  { name: 'detail', value: (i) => i.detail },
];

type Budget = ParsedDocument['budget'][number];
const BUDGET_COLUMNS: Column<Budget>[] = [
  DOC_FACTS[0]!,
  DOC_FACTS[2]!,
  DOC_FACTS[3]!,
  { name: 'item', value: (b) => b.item },
  { name: 'column', value: (b) => b.column },
  { name: 'amount_raw', value: (b) => b.amount.raw },
  { name: 'amount_value', value: (b) => b.amount.value ?? null },
  { name: 'amount_unit', value: (b) => b.amount.unit },
  { name: 'line', value: (b) => b.line },
];

const count = (d: ParsedDocument, status: Indicator['status']): number => d.indicators.filter((i) => i.status === status).length;
const severity = (d: ParsedDocument, s: string): number => d.diagnostics.filter((x) => x.severity === s).length;
const DOCUMENT_COLUMNS: Column<ParsedDocument>[] = [
  DOC_FACTS[0]!,
  { name: 'title', value: (_r, d) => d.document.title },
  ...DOC_FACTS.slice(1),
  { name: 'form', value: (_r, d) => d.document.form },
  { name: 'total', value: (_r, d) => d.scores?.total ?? null },
  { name: 'grade', value: (_r, d) => d.scores?.grade ?? null },
  { name: 'indicators', value: (_r, d) => d.indicators.length },
  { name: 'met', value: (_r, d) => count(d, 'met') },
  { name: 'not_met', value: (_r, d) => count(d, 'not-met') },
  { name: 'unknown', value: (_r, d) => count(d, 'unknown') },
  { name: 'budget_items', value: (_r, d) => d.budget.length },
  { name: 'errors', value: (_r, d) => severity(d, 'error') },
  { name: 'warnings', value: (_r, d) => severity(d, 'warning') },
];

type Diagnostic = ParsedDocument['diagnostics'][number];
const DIAGNOSTIC_COLUMNS: Column<Diagnostic>[] = [
  DOC_FACTS[0]!,
  { name: 'line', value: (x) => x.line },
  { name: 'severity', value: (x) => x.severity },
  { name: 'code', value: (x) => x.code },
  { name: 'message', value: (x) => x.message },
  { name: 'text', value: (x) => x.text ?? null },
];

// Each table pairs its own row type with its columns; the map only needs them to agree within an entry.
const DEFINITIONS: Record<TableName, { columns: Column<any>[]; rows: (doc: ParsedDocument) => unknown[] }> = {
  indicators: { columns: INDICATOR_COLUMNS, rows: (d) => d.indicators },
  budget: { columns: BUDGET_COLUMNS, rows: (d) => d.budget },
  documents: { columns: DOCUMENT_COLUMNS, rows: (d) => [d] },
  diagnostics: { columns: DIAGNOSTIC_COLUMNS, rows: (d) => d.diagnostics },
};

/** The header row of a table; consumers address columns by these names. */
export function columnsOf(table: TableName): string[] {
  return DEFINITIONS[table].columns.map((c) => c.name);
}

/** One document's rows of a table. */
export function rowsOf(table: TableName, doc: ParsedDocument): Value[][] {
  const { columns, rows } = DEFINITIONS[table];
  return rows(doc).map((row) => columns.map((c) => c.value(row, doc)));
}

function quantityField(q: Quantity | null, field: (typeof QUANTITY_FIELDS)[number]): Value {
  return q?.[field] ?? null;
}
