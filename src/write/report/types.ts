// What the review page carries for one document: the source as it was read (grids and lines with cell ids), the
// links from each extracted value to its cell, and each finding placed at the row it names.
//   { source: { blocks: [{ t: 'grid', rows: [{ anchor: 'l4', no: 4, cells: [{ id: 'c4.2', text: '≥95%' }] }] }] },
//     links: [{ cell: 'c4.2', ref: 'i0.target' }], findings: [{ code: 'missing-achieved', anchor: 'l4', … }] }
import type { Finding } from '../../check/index.js';
import type { BudgetItem, Indicator, ParsedDocument } from '../../schema.js';

export interface SourceCell {
  id: string;
  text: string;
  /** Row and column span of a cell read from a page or attachment; 1 when absent. */
  rs?: number;
  cs?: number;
}

export interface SourceRow {
  /** The element a finding about this row is shown beside: l<line> for text, t<table>r<row> for a table. */
  anchor: string;
  /** The number shown in the gutter: the text line, or the row in its table. */
  no: number;
  cells: SourceCell[];
  /** Ids of cells from rows above whose span covers this row (a class label merged downwards). */
  covers?: string[];
  /** A row of column names: its cells fed the table's structure, not values, and are not marked as unread. */
  head?: true;
}

export type SourceBlock =
  | { t: 'grid'; caption?: string; rows: SourceRow[] }
  /** A heading (level > 0), prose, or a line the reader joined to the row above (joined). */
  | { t: 'text'; anchor: string; no: number; cell: string; text: string; level: number; joined?: boolean };

export interface Source {
  /** 'lines': a text source by line number; 'model': a page or attachment by table, row and column. */
  kind: 'lines' | 'model';
  blocks: SourceBlock[];
}

/** One value found in one cell. ref: i<n>.<field> for an indicator, b<n> for a budget figure, total, grade. */
export interface Link {
  cell: string;
  ref: string;
}

export interface PlacedFinding extends Finding {
  /** The row or line it is shown beside, or null when it concerns the whole document or its place was not shown. */
  anchor: string | null;
}

/** The score check's figures; its verdict is the score-sum-mismatch finding, if any. */
export interface ScoreCheck {
  count: number;
  sum: number | null;
  total: number | null;
}

/** One stated execution rate with the figures it is checked against (indexes into budget), and the exact result. */
export interface BudgetCheck {
  rate: number;
  executed: number;
  budget: number;
  computed: string;
}

export interface DocView {
  path: string;
  document: ParsedDocument['document'] | null;
  encoding: string;
  scores: ParsedDocument['scores'];
  indicators: Indicator[];
  budget: BudgetItem[];
  scoreCheck: ScoreCheck;
  budgetChecks: BudgetCheck[];
  findings: PlacedFinding[];
  source: Source;
  links: Link[];
}

/** One overview row. */
export interface Summary {
  path: string;
  title: string | null;
  kind: string;
  department: string | null;
  year: number | null;
  total: number | null;
  grade: string | null;
  met: number;
  notMet: number;
  unknown: number;
  errors: number;
  warnings: number;
}
