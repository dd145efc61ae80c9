// The output contract (SPEC §3). Every type in gzperf comes from here through z.infer.
// `gzperf schema` prints this as JSON Schema; test/schema.test.ts snapshots it.
import { z } from 'zod';
import { FORMS, KINDS, LAYOUTS, NUMBER_OPS, OPS, SEVERITIES, STATUSES } from './vocabulary.js';

export { FORMS, KINDS, LAYOUTS, NUMBER_OPS, OPS, SEVERITIES, STATUSES };

/** A quantity's operator: a number op, `range` or `text`. */
export const Op = z.enum(OPS);

const raw = z.string().describe('the value text as written, trimmed, HTML removed');
const unit = z.string().nullable().describe('canonical unit: 元, %, pp, a measure word as written, or null');
const hedge = z.string().optional().describe('a softening word kept from the text: 预计, 力争, 争取');

/** The operators that state one number: everything but `range` and `text`. */
export const NumberOp = z.enum(NUMBER_OPS);

// One shape per kind of `op`, keys in the contract's order; a discriminated union so `op` narrows the type.
// The fields another op carries are `never`: absent in the data, `undefined` when read without narrowing.
const absent = z.never().optional();
const numberShape = { raw, op: NumberOp, value: z.number().describe('canonical number'), min: absent, max: absent, unit, hedge };
const rangeShape = {
  raw,
  op: z.literal('range'),
  value: absent,
  min: z.number().describe('lower bound'),
  max: z.number().describe('upper bound'),
  unit,
  hedge,
};
const textShape = { raw, op: z.literal('text'), value: absent, min: absent, max: absent, unit, hedge };

/** One quantity inside a compound cell; parts do not nest further. */
export const QuantityPart = z.discriminatedUnion('op', [
  z.object(numberShape),
  z.object(rangeShape),
  z.object(textShape),
]).meta({ id: 'QuantityPart' });

const parts = z.array(QuantityPart).optional().describe('every quantity the cell states, when it states several');

/** A normalized quantity (SPEC §3 `Q`): `value` for one number, `min`/`max` for `range`, neither for `text`. */
export const Quantity = z.discriminatedUnion('op', [
  z.object({ ...numberShape, parts }),
  z.object({ ...rangeShape, parts }),
  z.object({ ...textShape, parts }),
]).meta({ id: 'Quantity' }); // its own entry in the JSON Schema's $defs, referred to from each place it is used

/** An indicator's 分值 and 得分, each null when the row gives only the other. */
export const Score = z.object({
  max: z.number().nullable().describe('分值 / 权重'),
  got: z.number().nullable().describe('得分 / 自评分'),
});

/** Where a value was read in a page or attachment (SPEC §1b), 1-based; absent for text, where `line` says it all. */
export const Where = z.object({
  line: z.number().int().positive().optional().describe('line in a text, markdown or HTML source'),
  page: z.number().int().positive().optional().describe('PDF page'),
  sheet: z.string().optional().describe('spreadsheet sheet'),
  table: z.number().int().positive().optional().describe('the n-th table of the document'),
  row: z.number().int().positive().optional().describe('row in its table or sheet'),
  column: z.number().int().positive().optional().describe('column in its table or sheet'),
});

/** One performance indicator (SPEC §3): its class, target, achieved value, score and status. */
export const Indicator = z.object({
  name: z.string(),
  group: z.string().nullable().describe('task / project / section the indicator belongs to'),
  category: z.array(z.string()).describe('indicator class, outermost first'),
  target: Quantity.nullable(),
  periodTarget: Quantity.nullable().describe('实施周期指标值 / 中长期指标值'),
  achieved: Quantity.nullable(),
  score: Score.nullable(),
  detail: z.string().nullable().describe('具体完成情况 / 偏差原因 / 未完成原因'),
  status: z.enum(STATUSES),
  completion: z.number().nullable().describe('achieved relative to target (SPEC §5)'),
  line: z.number().int().positive().describe('1-based line of the source row; in a form without lines, the row in reading order'),
  where: Where.optional(),
});

/** One budget figure: the row label, the grid column and the amount. */
export const BudgetItem = z.object({
  item: z.string().describe('the row label: 基本支出, 年度资金总额, 全年预算数…'),
  column: z.string().nullable().describe('the grid column the figure sits in (年初预算数, 全年执行数, 执行率…), or null'),
  amount: Quantity,
  line: z.number().int().positive(),
  where: Where.optional(),
});

/** Something the parser could not read or had to doubt, with its line; nothing is dropped in silence. */
export const Diagnostic = z.object({
  severity: z.enum(SEVERITIES),
  code: z.string(),
  line: z.number().int().nonnegative().describe('1-based source line; 0 when it concerns the whole file'),
  message: z.string(),
  text: z.string().optional().describe('the source text concerned'),
  where: Where.optional(),
});

/** Facts about the document: title, kind, department, year, form and layouts. */
export const DocumentInfo = z.object({
  title: z.string().nullable(),
  kind: z.enum(KINDS),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  form: z.enum(FORMS).describe('the form the file was read as: text, markdown, html, docx, doc, xlsx, xls or pdf'),
  layouts: z.array(z.enum(LAYOUTS)),
  part: z.number().int().positive().optional().describe('1-based index of this form in a file holding several (same source), when forms are split (parse --split-forms); absent otherwise'),
});

/** The input file: path as given, size, SHA-256 and text encoding. */
export const Source = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  encoding: z.string(),
});

/** A grade band the document prints, e.g. 优 for 90 ≤ total ≤ 100. */
export const GradeBand = z.object({
  grade: z.string(),
  min: z.number().nullable(),
  minInclusive: z.boolean(),
  max: z.number().nullable(),
  maxInclusive: z.boolean(),
});

/** The document's total score and grade, with the lines they were read from. */
export const Scores = z.object({
  total: z.number().nullable().describe('总分 / 自评得分'),
  grade: z.string().nullable().describe('评价等级: the checked or stated grade'),
  line: z.number().int().positive().nullable().describe('line of the total'),
  gradeLine: z.number().int().positive().nullable().describe('line of the grade'),
  bands: z.array(GradeBand).describe('grade bands the document prints; [] when it prints none'),
});

/**
 * One parsed document, the unit of `gzperf parse` output; validate untrusted JSON with `ParsedDocument.parse(json)`.
 */
export const ParsedDocument = z.object({
  schemaVersion: z.literal(1),
  source: Source,
  document: DocumentInfo,
  budget: z.array(BudgetItem),
  scores: Scores.nullable(),
  indicators: z.array(Indicator),
  diagnostics: z.array(Diagnostic),
});

export type Op = z.infer<typeof Op>;
export type NumberOp = z.infer<typeof NumberOp>;
export type Where = z.infer<typeof Where>;
/** A normalized quantity; check `op` before reading `value` (number ops) or `min`/`max` (`range`). */
export type Quantity = z.infer<typeof Quantity>;
export type QuantityPart = z.infer<typeof QuantityPart>;
export type Score = z.infer<typeof Score>;
export type Indicator = z.infer<typeof Indicator>;
export type BudgetItem = z.infer<typeof BudgetItem>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Scores = z.infer<typeof Scores>;
export type GradeBand = z.infer<typeof GradeBand>;
export type DocumentInfo = z.infer<typeof DocumentInfo>;
export type Layout = (typeof LAYOUTS)[number];
export type Kind = (typeof KINDS)[number];
export type ParsedDocument = z.infer<typeof ParsedDocument>;

/** The JSON Schema of `gzperf parse --format json` output: an array of documents. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(z.array(ParsedDocument), { target: 'draft-2020-12' });
}
