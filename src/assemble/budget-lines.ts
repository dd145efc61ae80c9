// Budget figures outside a grid: a key beside its money (项目总投资 | 20万元), or a line of figures after its label.
//   ['中央补助安排', '0'] → { item: '中央补助安排', raw: '0' };  '年度资金总额 387664.62 387664.62 10 100% 10' → 387664.62
import type { Line } from '../extract/lines.js';
import { isFigure } from './budget-grid.js';
import { BUDGET_WORDS, unitInBrackets } from '../extract/header.js';
import type { Collector } from './collector.js';

// Keys that name money: 项目总投资, 中央补助安排, 其他资金, 预算申报数, 财政拨款.
const MONEY_KEY = /投资|资金|预算|拨款|补助安排|财政安排|金额|经费|申报数/;
const NOT_MONEY = /率|分值|得分|权重|人数|次数|日期|时间|编号|代码/;

/** `项目总投资 | 20万元`: a short money key and one figure. True when taken. */
export function takeKeyedAmount(cells: readonly string[], line: number, c: Collector): boolean {
  const filled = cells.filter(Boolean);
  const [key, value] = filled;
  if (filled.length !== 2 || !key || !value || key.length > 16 || !MONEY_KEY.test(key) || NOT_MONEY.test(key) || !isFigure(value) || /[%％]$/.test(value)) return false;
  c.budget.push({ item: key.replace(/[：:]$/, ''), column: null, raw: value, unit: unitInBrackets(key) ?? c.docUnit, line });
  c.used.add(line);
  return true;
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
