// Key–value cells a crawler joined by single spaces → the cells, so the fact and budget readers see a row.
//   '实施单位 (433001)某县供销社 联系电话 123' → ['实施单位', '(433001)某县供销社', '联系电话', '123']
import { departmentRank, PROJECT_KEYS, YEAR_KEYS } from '../assemble/facts.js';
import { headerKey } from './columns.js';
import { BUDGET_WORDS, UNIT_IN_BRACKETS } from './header.js';

// Keys that name money (项目总预算, 资金总额, (一)财政拨款小计), and words that make a key no money (执行率, 科目代码).
export const MONEY_KEY = /投资|资金|预算|拨款|补助安排|财政安排|金额|经费|申报数|支出$/;
export const NOT_MONEY = /率|分值|得分|权重|人数|次数|日期|时间|编号|代码/;
const ORDINAL = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[一二三四五六七八九十]+、)/;
const FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
const MAX_TOKENS = 8;

/** A short label that names a fact (实施单位, 项目名称, 年度) or an amount (资金总额, 1、一般公共预算). */
function isKey(token: string): boolean {
  if (token.length > 16 || /\d{3,}/.test(token)) return false;
  const key = token.replace(ORDINAL, '').replace(/[：:]$/, '');
  if (departmentRank(key) >= 0 || PROJECT_KEYS.has(headerKey(key)) || YEAR_KEYS.has(headerKey(key))) return true;
  return MONEY_KEY.test(key) && !NOT_MONEY.test(key);
}

/** The tokens with a bracketed unit joined to the word before it and `其中:` to the word after it. */
function tokensOf(line: string): string[] {
  const tokens: string[] = [];
  let carry = '';
  for (const t of line.trim().split(/\s+/)) {
    if (tokens.length > 0 && carry === '' && /^[（(][^（）()]*[）)]$/.test(t) && UNIT_IN_BRACKETS.test(t)) tokens[tokens.length - 1] += t;
    else if (/^[^\s：:]{1,4}[：:]$/.test(t)) carry += t;
    else {
      tokens.push(carry + t);
      carry = '';
    }
  }
  if (carry) tokens.push(carry);
  return tokens;
}

/**
 * The cells of a line of keys and values joined by single spaces: a key first and a value after each key, or the
 * labels over a budget's figures (项目资金(万元) 年度资金总额 金额(万元)). Null when the line reads otherwise.
 */
export function keyLineCells(line: string): string[] | null {
  // Runs of spaces part cells already; a long line is prose.
  if (line.length > 200 || /\S(?: {2,}|\u3000)\S/.test(line.trim())) return null;
  const tokens = tokensOf(line);
  if (tokens.length < 2 || tokens.length > MAX_TOKENS) return null;
  const budgetHeader = tokens.every((t) => !/\d/.test(t.replace(UNIT_IN_BRACKETS, ''))) && tokens.some((t) => UNIT_IN_BRACKETS.test(t)) && tokens.some((t) => BUDGET_WORDS.test(t));
  if (budgetHeader) return tokens;
  if (!isKey(tokens[0]!)) return null;
  // An amount's key takes a figure: '资金总额 3', not a sentence that opens with 预算.
  const money = !(departmentRank(tokens[0]!.replace(ORDINAL, '')) >= 0) && !PROJECT_KEYS.has(headerKey(tokens[0]!)) && !YEAR_KEYS.has(headerKey(tokens[0]!));
  return !money || FIGURE.test(tokens[1]!) ? tokens : null;
}
