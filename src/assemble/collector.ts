// What the extractors find, before normalization: draft indicators, budget cells, facts, scores.
//   table row 23 → drafts.push({ name: '新增小升规企业数', target: '≥600家', line: 23, … }); used.add(23)
import type { Diagnostic, GradeBand, Layout } from '../schema.js';

export interface Draft {
  name: string;
  group: string | null;
  category: string[];
  target: string | null;
  periodTarget: string | null;
  achieved: string | null;
  max: number | null;
  got: number | null;
  detail: string | null;
  line: number;
  /** A unit the table states once for its values (header `（万元）`). */
  unit: string | null;
}

export interface BudgetDraft {
  item: string;
  column: string | null;
  raw: string;
  unit: string | null;
  line: number;
}

export interface Fact {
  value: string;
  rank: number;
  line: number;
}

export interface Collector {
  drafts: Draft[];
  budget: BudgetDraft[];
  department: Fact | null;
  year: Fact | null;
  total: { value: number; line: number } | null;
  grade: { value: string; line: number } | null;
  /** Totals and grades that disagree with the first one: a file holding several forms. */
  otherTotals: { value: number; line: number }[];
  otherGrades: { value: string; line: number }[];
  bands: GradeBand[];
  /** Lines that fed the output. */
  used: Set<number>;
  /** Lines whose numbers are narrative text (goals, explanations, prose). */
  narrative: Set<number>;
  notes: Diagnostic[];
  /** A unit the document states once: 单位：万元. */
  docUnit: string | null;
  /** The year the title or a （2025年度） line states, known before the tables are read. */
  docYear: number | null;
  /** Layouts an extractor recognised beyond what each line shows (enumerated cells, key–value grids). */
  layouts: Set<Layout>;
}

export function createCollector(): Collector {
  return {
    drafts: [],
    budget: [],
    department: null,
    year: null,
    total: null,
    grade: null,
    otherTotals: [],
    otherGrades: [],
    bands: [],
    used: new Set(),
    narrative: new Set(),
    notes: [],
    docUnit: null,
    docYear: null,
    layouts: new Set(),
  };
}

/** Keeps the best-ranked fact: a lower rank wins, then the earlier line. */
export function offerFact(current: Fact | null, value: string, rank: number, line: number): Fact | null {
  if (!value) return current;
  if (!current || rank < current.rank || (rank === current.rank && line < current.line)) return { value, rank, line };
  return current;
}

export function emptyDraft(line: number): Draft {
  return {
    name: '',
    group: null,
    category: [],
    target: null,
    periodTarget: null,
    achieved: null,
    max: null,
    got: null,
    detail: null,
    line,
    unit: null,
  };
}

/** The first stated total stands. A table's total row that disagrees is kept aside: a file holding several forms. */
export function offerTotal(c: Collector, value: number, line: number, fromTable = false): void {
  if (!c.total) c.total = { value, line };
  else if (fromTable && !sameStated(c.total.value, value)) c.otherTotals.push({ value, line });
}

export function offerGrade(c: Collector, value: string, line: number, fromTable = false): void {
  if (!c.grade) c.grade = { value, line };
  else if (fromTable && c.grade.value !== value) c.otherGrades.push({ value, line });
}

/** 98.75 and 98.8 state the same total at different precision. */
function sameStated(a: number, b: number): boolean {
  const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
  const d = Math.min(decimals(a), decimals(b));
  return Math.abs(Number(a.toFixed(d)) - Number(b.toFixed(d))) < 1e-9;
}
