// Scores that do not hold together: an item above its maximum, items that miss the total, a grade outside its band.
//   items 20 + 20 + … = 99.96, 总分 98.00 on line 41 → score-sum-mismatch error at line 41
import type { GradeBand, ParsedDocument } from '../schema.js';
import { say, type Params } from '../messages/index.js';
import { show, type Rule } from './types.js';

// Float sums of two-decimal scores drift by ~1e-14; this only absorbs that, never a real difference.
const EPSILON = 1e-9;
const SUM_TOLERANCE = 0.01;

/** The national 评价等级 (SPEC §1), used when the form prints no bands of its own. */
export const DEFAULT_BANDS: readonly GradeBand[] = [
  { grade: '优', min: 90, minInclusive: true, max: null, maxInclusive: false },
  { grade: '良', min: 80, minInclusive: true, max: 90, maxInclusive: false },
  { grade: '中', min: 60, minInclusive: true, max: 80, maxInclusive: false },
  { grade: '差', min: null, minInclusive: false, max: 60, maxInclusive: false },
];

// The 分值 / 得分 cells of a budget grid's execution row are points (unit null), not money.
const MAX_COLUMN = /^(分值|权重|满分)$/;
const GOT_COLUMN = /^(得分|自评分|自评得分|评分)$/;

export interface ScoredItem {
  /** How a message names it: an indicator's name, or a budget grid row's item. */
  who: Params;
  max: number | null;
  got: number | null;
  line: number;
}

/** Every scored item: indicators with a score, and a budget grid row's 分值/得分 when no indicator on that line carries them. */
export function scoredItems(doc: ParsedDocument): ScoredItem[] {
  const items: ScoredItem[] = doc.indicators.flatMap((i) => (i.score ? [{ who: { name: i.name }, ...i.score, line: i.line }] : []));
  const onIndicatorLine = new Set(items.map((i) => i.line));
  const rows = new Map<string, ScoredItem>();
  for (const b of doc.budget) {
    const column = b.column ?? '';
    const q = b.amount;
    if (q.op !== 'eq' || q.unit !== null || onIndicatorLine.has(b.line) || !(MAX_COLUMN.test(column) || GOT_COLUMN.test(column))) continue;
    const key = `${b.line}\t${b.item}`;
    const row = rows.get(key) ?? { who: { item: b.item }, max: null, got: null, line: b.line };
    if (MAX_COLUMN.test(column)) row.max = q.value;
    else row.got = q.value;
    rows.set(key, row);
  }
  return [...items, ...rows.values()];
}

export const scoreOverMax: Rule = {
  id: 'score-over-max',
  severity: 'error',
  check: (doc) =>
    scoredItems(doc).flatMap(({ who, max, got, line }) => {
      if (max === null || got === null || got - max <= EPSILON) return [];
      const params = { ...who, got: show(got), max: show(max) };
      return [{ severity: 'error', code: 'score-over-max', line, message: say('score-over-max', params), params }];
    }),
};

export const scoreSumMismatch: Rule = {
  id: 'score-sum-mismatch',
  severity: 'error',
  check: (doc) => {
    const total = doc.scores?.total ?? null;
    // Every scored item counts, named or not, bonus and deduction points and the budget row included.
    const got = scoredItems(doc).flatMap((i) => (i.got === null ? [] : [i.got]));
    if (total === null || got.length === 0) return [];
    const sum = got.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total) <= SUM_TOLERANCE + EPSILON) return [];
    const params = { total: show(total), sum: show(sum), count: got.length };
    return [{ severity: 'error', code: 'score-sum-mismatch', line: doc.scores?.line ?? 0, message: say('score-sum-mismatch', params), params }];
  },
};

export const gradeMismatch: Rule = {
  id: 'grade-mismatch',
  severity: 'error',
  check: (doc) => {
    const s = doc.scores;
    if (!s || s.grade === null || s.total === null) return [];
    const { grade, total } = s;
    const bands = s.bands.length > 0 ? s.bands : DEFAULT_BANDS;
    // A grade these bands do not name (合格 / 不合格) is another scale: nothing to compare it with.
    if (!bands.some((b) => sameGrade(b.grade, grade))) return [];
    const band = bands.find((b) => holds(b, total));
    if (band && sameGrade(band.grade, grade)) return [];
    const params = { grade, total: show(total), expected: band?.grade, band: band ? describe(band) : undefined, grades: bands.map((b) => b.grade).join(' ') };
    return [{ severity: 'error', code: 'grade-mismatch', line: s.gradeLine ?? s.line ?? 0, message: say('grade-mismatch', params), params }];
  },
};

export function holds(b: GradeBand, x: number): boolean {
  const aboveMin = b.min === null || (b.minInclusive ? x >= b.min : x > b.min);
  const belowMax = b.max === null || (b.maxInclusive ? x <= b.max : x < b.max);
  return aboveMin && belowMax;
}

// 优秀 and 优, 良好 and 良: forms print the short grade in bands and either form as the result.
function sameGrade(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
}

function describe(b: GradeBand): string {
  const low = b.min === null ? '' : `${show(b.min)} ${b.minInclusive ? '≤' : '<'} `;
  const high = b.max === null ? '' : ` ${b.maxInclusive ? '≤' : '<'} ${show(b.max)}`;
  return `${low}total${high}`;
}
