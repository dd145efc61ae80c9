// A stated budget execution rate checked against executed ÷ budget × 100, rounded to the rate's own decimals.
//   执行数 387,143.16万元 ÷ 预算数 387,236.73万元 = 99.9758…% → stated 99.98% ✓, stated 99.90% → budget-rate-mismatch
import type { BudgetItem } from '../schema.js';
import { say } from '../messages/index.js';
import type { Rule } from './types.js';

const RATE = /执行率|支出率|预算完成率/;
const EXECUTED = /执行数|执行金额|支出数|实际支出|决算/;
const BUDGET = /预算/;
const TOTAL = /预算数|预算执行数|执行数/;
const FORECAST = /预计|预测/;

interface Trio {
  rate: BudgetItem;
  executed: BudgetItem;
  budget: BudgetItem;
  /** How the figures are named in a message: the grid column, or the prose lead label. */
  name: (b: BudgetItem) => string;
}

export const budgetRateMismatch: Rule = {
  id: 'budget-rate-mismatch',
  severity: 'warning',
  check: (doc) =>
    trios(doc.budget).flatMap(({ rate, executed, budget, name }) => {
      const stated = statedRate(rate);
      const [spent, planned] = [moneyOf(executed), moneyOf(budget)];
      if (!stated || spent === null || planned === null || planned === 0) return [];
      const computed = percent(spent, planned, stated.decimals);
      if (computed === stated.scaled) return [];
      const params = {
        rateName: name(rate), rate: rate.amount.raw, computed: atScale(computed, stated.decimals),
        executedName: name(executed), executed: executed.amount.raw, budgetName: name(budget), budget: budget.amount.raw,
      };
      return [{ severity: 'warning', code: 'budget-rate-mismatch', line: rate.line, message: say('budget-rate-mismatch', params), params }];
    }),
};

/** Each stated rate with the executed and budget figures it speaks of: same row in a grid, lead figures in prose. */
export function trios(budget: readonly BudgetItem[]): Trio[] {
  const out: Trio[] = [];
  for (const rate of budget) {
    const inGrid = rate.column !== null && RATE.test(rate.column);
    if (!inGrid && !(rate.column === null && RATE.test(rate.item))) continue;
    const name = inGrid ? (b: BudgetItem) => b.column ?? b.item : (b: BudgetItem) => b.item;
    // In prose, a figure named as a total (全年预算数) counts even when the sentence led with another (年初预算数).
    const peers = budget.filter((b) => b !== rate && (inGrid ? b.item === rate.item && b.column !== null : b.column === null || TOTAL.test(b.item)));
    // A forecast rate (预计执行率) speaks of the forecast executed figure (预计全年执行数), an actual one of the actual.
    const forecast = FORECAST.test(name(rate));
    const executed = nearest(peers.filter((b) => EXECUTED.test(name(b)) && FORECAST.test(name(b)) === forecast), rate);
    const budgeted = peers.filter((b) => BUDGET.test(name(b)) && !EXECUTED.test(name(b)) && !RATE.test(name(b)));
    // 全年预算数 (after adjustments) is what was executed against; 年初预算数 only when nothing else is given.
    const best = Math.min(...budgeted.map((b) => rank(name(b))));
    const chosen = nearest(budgeted.filter((b) => rank(name(b)) === best), rate);
    if (executed && chosen) out.push({ rate, executed, budget: chosen, name });
  }
  return out;
}

function rank(label: string): number {
  if (/全年|调整/.test(label)) return 0;
  return /年初/.test(label) ? 2 : 1;
}

function nearest(items: BudgetItem[], to: BudgetItem): BudgetItem | undefined {
  let best: BudgetItem | undefined;
  for (const b of items) if (!best || Math.abs(b.line - to.line) < Math.abs(best.line - to.line)) best = b;
  return best;
}

/** The sum of money a figure states (eq, in 元, not negative), or null. */
function moneyOf(b: BudgetItem): number | null {
  const q = b.amount;
  return q.op === 'eq' && q.unit === '元' && q.value >= 0 ? q.value : null;
}

/** The stated rate as an integer at its own precision: '99.98%' → { scaled: 9998n, decimals: 2 }. */
export function statedRate(rate: BudgetItem): { scaled: bigint; decimals: number } | null {
  const q = rate.amount;
  if (q.op !== 'eq' || q.unit !== '%' || q.value < 0) return null;
  const { value, raw } = q;
  const numbers = raw.normalize('NFKC').replaceAll(',', '').match(/\d+(?:\.\d+)?/g) ?? [];
  // The digits as written keep trailing zeros (99.90% is stated to 2 decimals); the value alone would lose them.
  const written = numbers.find((n) => Number(n) === value) ?? String(value);
  if (!/^\d+(\.\d+)?$/.test(written)) return null;
  return { scaled: BigInt(written.replace('.', '')), decimals: written.split('.')[1]?.length ?? 0 };
}

/** executed ÷ budget × 100 rounded half-up to `decimals`, exactly, as an integer at that scale. */
export function percent(executed: number, budget: number, decimals: number): bigint {
  const [en, ed] = fraction(executed);
  const [bn, bd] = fraction(budget);
  const num = en * bd * 100n * 10n ** BigInt(decimals);
  const den = ed * bn;
  return (2n * num + den) / (2n * den);
}

/** A finite non-negative number as numerator / power of ten, from its shortest decimal spelling. */
function fraction(x: number): [bigint, bigint] {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return [0n, 1n];
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const exponent = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  return exponent >= 0 ? [BigInt(digits) * 10n ** BigInt(exponent), 1n] : [BigInt(digits), 10n ** BigInt(-exponent)];
}

function atScale(n: bigint, decimals: number): string {
  if (decimals === 0) return String(n);
  const s = String(n).padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
