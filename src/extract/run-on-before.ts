// The text a crawler ran onto one line before a table (title, key–value cells, the budget grid) → lines of their own.
//   '某绩效自评表 (2022年度) 实施单位 某镇政府 项目资金 (万元) 年初预算数 全年执行数 其中:财政拨款 90 89.9'
//   → ['某绩效自评表(2022年度)', '实施单位\t某镇政府', '项目资金(万元)\t年初预算数\t全年执行数', '其中:财政拨款\t90\t89.9']
import { departmentRank, isTitle, PROJECT_KEYS, YEAR_KEYS } from '../assemble/facts.js';
import { headerKey } from './columns.js';
import { BUDGET_WORDS, UNIT_IN_BRACKETS } from './header.js';

const FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?%?$/;
const BRACKETS = /^[（(][^（）()]*[）)]$/;
const FORM_NAME = /(?:表|报告)(?:[（(][^（）()]*[）)])?$/;
const MAX_TOKENS = 400;

type Kind = 'title' | 'fact' | 'grid' | 'text';

interface Segment {
  kind: Kind;
  tokens: string[];
}

function isFactKey(t: string): boolean {
  const key = t.replace(/[：:]$/, '');
  return key.length <= 12 && (departmentRank(key) >= 0 || PROJECT_KEYS.has(headerKey(key)) || YEAR_KEYS.has(headerKey(key)));
}

/** The tokens, a bracketed note joined to the word before it: '项目资金 (万元)' → '项目资金(万元)'. */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  for (const t of text.trim().split(/\s+/)) {
    if (tokens.length > 0 && BRACKETS.test(t)) tokens[tokens.length - 1] += t;
    else if (t) tokens.push(t);
  }
  return tokens;
}

/** What a token opens, given the token after it: a title, a fact's key, a budget header or a label of figures. */
function opens(t: string, next: string | undefined, inGrid: boolean): Kind | null {
  if (isTitle(t) && FORM_NAME.test(t)) return 'title';
  if (isFactKey(t) && next !== undefined && !isFactKey(next)) return 'fact';
  if (UNIT_IN_BRACKETS.test(t) && BUDGET_WORDS.test(t)) return 'grid';
  return inGrid && !/\d/.test(t) && next !== undefined && FIGURE.test(next) ? 'grid' : null;
}

/** The lines of the text before a run-on table; the text whole when it holds no title, fact or budget grid. */
export function spreadBefore(text: string): string[] {
  const tokens = tokensOf(text);
  if (tokens.length > MAX_TOKENS) return [text];
  const segments: Segment[] = [];
  let inGrid = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A sentence ends the grid.
    if (t.length > 20) inGrid = false;
    const kind = opens(t, tokens[i + 1], inGrid);
    const last = segments[segments.length - 1];
    if (kind === 'grid') inGrid = true;
    else if (kind !== null) inGrid = false;
    // A fact takes one value; text after a row's figures is the next row's label.
    const closed = !last || last.kind === 'title' || (last.kind === 'fact' && last.tokens.length >= 2) || (last.kind === 'grid' && FIGURE.test(last.tokens[last.tokens.length - 1]!) && !FIGURE.test(t));
    if (kind !== null) segments.push({ kind, tokens: [t] });
    else if (closed) segments.push({ kind: inGrid ? 'grid' : 'text', tokens: [t] });
    else last.tokens.push(t);
  }
  if (!segments.some((s) => s.kind !== 'text')) return [text];
  return segments.map((s) => s.tokens.join(s.kind === 'fact' || s.kind === 'grid' ? '\t' : ' '));
}
