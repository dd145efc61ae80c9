// Budget figures outside a grid: a key beside its money (项目总投资 | 20万元), or a line of figures after its label.
//   ['中央补助安排', '0'] → { item: '中央补助安排', raw: '0' };  '年度资金总额 387664.62 387664.62 10 100% 10' → 387664.62
import type { Line } from '../extract/lines.js';
import { isFigure } from './budget-grid.js';
import { BUDGET_WORDS, unitInBrackets } from '../extract/header.js';
import type { Collector } from './collector.js';
import { MONEY_KEY, NOT_MONEY } from '../extract/key-lines.js';


/** `项目总投资 | 20万元`: a short money key and one figure. True when taken. */
export function takeKeyedAmount(cells: readonly string[], line: number, c: Collector, unitAbove: string | null = null): boolean {
  const filled = cells.filter(Boolean);
  const [key, value] = filled;
  // Pairs only: a key and a value each (a key is no figure); a label before several figures is a grid's line.
  const pairs = filled.length % 2 === 0 && filled.every((cell, k) => k % 2 === 1 || !isFigure(cell));
  if (!pairs || !isAmount(key, value)) return false;
  c.budget.push({ item: key!.replace(/[：:]$/, ''), column: null, raw: value!, unit: unitInBrackets(key!) ?? unitAbove ?? c.docUnit, line });
  // 项目总预算 | 65 | 财政资金预算分类 | 一般公共预算: more pairs may follow, each an amount or a fact.
  for (let k = 2; k + 1 < filled.length; k += 2) {
    const [more, figure] = [filled[k], filled[k + 1]];
    if (isAmount(more, figure)) c.budget.push({ item: more!.replace(/[：:]$/, ''), column: null, raw: figure!, unit: unitInBrackets(more!) ?? unitAbove ?? c.docUnit, line });
  }
  c.used.add(line);
  return true;
}

/** A short money key beside one figure that is not a rate. */
function isAmount(key: string | undefined, value: string | undefined): boolean {
  return !!key && !!value && key.length <= 16 && MONEY_KEY.test(key) && !NOT_MONEY.test(key) && isFigure(value) && !/[%％]$/.test(value);
}

// 年度资金总额 387664.62 387664.62 10 100% 10: a budget label, then figures split by single spaces.
const SPACED_FIGURES = /^([\u4e00-\u9fa5：:]{2,16})\s+([-+]?\d[\d,]*(?:\.\d+)?)(?:\s+(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[—–-]))+\s*$/;

/**
 * A prose line of figures after a budget label, its columns lost with the tabs: the first figure is the label's amount.
 * The line above may state the unit: 项目资金 (元) 年初预算数 全年预算数 …. The other figures are reported, not guessed.
 */
export function takeSpacedBudgetLine(line: Line, above: Line | null, c: Collector): boolean {
  const m = SPACED_FIGURES.exec(line.text);
  if (!m?.[1] || !m[2] || !BUDGET_WORDS.test(m[1])) return false;
  const unit = (above ? unitInBrackets(above.text.replace(/\s+(?=[)）])|(?<=[（(])\s+/g, '')) : null) ?? c.docUnit;
  c.budget.push({ item: m[1].replace(/[：:]$/, ''), column: null, raw: m[2], unit, line: line.no });
  c.used.add(line.no);
  if (above) c.used.add(above.no);
  c.notes.push({ severity: 'info', code: 'budget-columns-lost', line: line.no, message: 'Budget line without its columns: the first figure is read as the amount, the others are not placed', text: line.text });
  return true;
}
