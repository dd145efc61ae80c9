// Sentences of a report → item scores, the total, bonus points and budget figures.
//   '（1）资金管理，分值16分，自评得分14.98分' → Draft { name: '资金管理', max: 16, got: 14.98 }
import type { Line } from '../extract/lines.js';
import { emptyDraft, offerGrade, offerTotal, type Collector } from './collector.js';
import { detectDocUnit } from './doc-unit.js';
import { CHECKED, gradeOf, offerKeyValue, splitKey } from './special-rows.js';
import { isTitle } from './facts.js';
import { foldDigits } from '../extract/text.js';

interface Paragraph {
  text: string;
  line: number;
  lines: number[];
  /** Where each of `lines` starts in `text`. */
  starts: number[];
  section: string;
}

const ENDS_SENTENCE = /[。！？；：:”」）)]$/;
const STARTS_ITEM = /^(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]+[、是]|#)/;
// A plain-text outline heading: '三、绩效评价指标分析', '（一）项目决策情况' — short, no sentence in it.
const OUTLINE = /^(?:[一二三四五六七八九十]{1,3}、|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）])[^，,。；;：:！？]{1,30}$/;
const KEY_VALUE = /^[^：:，。]{2,12}[：:]/;
const LIST_NUMBER = /^\s*(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、)\s*/;
const NUM = String.raw`(\d+(?:\.\d+)?)`;
// A list marker: （1） (一) 1. 2、 三、 — not the 1. of a decimal.
const MARK = String.raw`(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．](?!\d))`;
// The maximum: 分值16分, 权重 10 分, 满分20分, （20分）.
const MAX = String.raw`[（(]?\s*(?:分值|权重|满分)\s*[为是:：]?\s*${NUM}\s*分\s*[)）]?`;
const GOT = String.raw`\s*[，,；;。:：]?\s*(?:自评|实际|最终)?(?:得分|得)\s*[为是:：]?\s*(-?\d+(?:\.\d+)?)\s*分`;
// A marked item may leave out the keyword before its maximum: '（2）绩效目标（20分）：得分18分'.
const MARKED_SCORE = new RegExp(
  String.raw`^${MARK}\s*(.{2,60}?)[，,。；;：:\s]*(?:${MAX}|[（(]?\s*${NUM}\s*分\s*[)）]?)${GOT}`,
);
// An unmarked one must say 分值/权重/满分, and its name is one short phrase: '项目决策权重15分，得分15分。'
const PLAIN_SCORE = new RegExp(String.raw`^([^\s，,。；;：:、（）()“”]{2,20}?)\s*[，,：:]?\s*${MAX}${GOT}`);
// Items inside a paragraph, each starting a clause: '根据评分标准，决策指标，分值15分，得分14分；过程指标，分值25分，得分23.5分；…'
// Inside a paragraph the keyword may be left out when the maximum follows the name directly: '决策指标15分，得分14.5分',
// '决策指标（20分）得分18.5分'.
const MORE_SCORES = new RegExp(
  String.raw`(?:^|[；;。，,：:])\s*([^\s，,。；;：:、（）()“”]{2,20}?)\s*(?:[，,：:]?\s*${MAX}|[（(]?\s*${NUM}\s*分\s*[)）]?)${GOT}`,
  'dg',
);
// The score first and its maximum after it, anywhere a sentence starts: '…。决策类指标得分18.5分（满分20分），扣1.5分。'
const SCORE_THEN_MAX = new RegExp(
  String.raw`(?:^|[。；;！？])\s*([\u4e00-\u9fa5“”"]{2,16}?)(?:自评|实际|最终)?得分\s*[为是:：]?\s*(-?\d+(?:\.\d+)?)\s*分\s*[（(，,]\s*(?:满分|分值|权重)\s*[为是:：]?\s*${NUM}\s*分\s*[)）]?`,
  'dg',
);
// A sentence about the whole evaluation is the total, not an item: '本次评价满分100分，得分92分'.
const NOT_ITEM = /综合|总分|合计|本次|该项目|本项目|评价|自评/;
// Not an average over projects: '平均自评得分93分'.
const TOTAL = new RegExp(String.raw`(?<!平均)(?:自评|评价|综合|总)(?:总)?(?:得分|评分)\s*[为是:：]?\s*${NUM}\s*分|总分\s*[为是:：]\s*${NUM}\s*分?`);
// 评价等级为良, 等级：优, 评定等级为良, 等级评定为“优”, 评价等次为良, 自评结果为“良好”, 对应评价等级“良”, 得分为88分（良）.
const GRADE =
  /(?:(?:评价|自评|绩效|评定|综合|对应评价)?等[级次](?:评定)?|(?:自评|评价|评定)结果)(?:\s*(?:为|是|[:：])\s*|\s+|(?=[“"「]))[“"「]?\s*(优秀|良好|不合格|合格|优|良|中|差)|\d\s*分\s*[（(]\s*(优秀|良好|优|良|中|差)\s*[)）]/;
const CHECKBOX_GRADE = new RegExp(String.raw`(?:评价|自评|绩效)等级\s*[:：]\s*(.{0,40}${CHECKED.source}.{0,40})`);
const BONUS = new RegExp(String.raw`(加|减|扣)\s*${NUM}\s*分`);
const MONEY = /([\u4e00-\u9fa5]{2,14})\s*[为是:：]?\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(万亿元|亿元|百万元|千元|万元|元)/dg;
const RATE = /(执行率|完成率|支出率)\s*[为是:：]?\s*(\d+(?:\.\d+)?\s*[%％])/dg;
const BUDGET_LEAD = /预算(?:执行)?数|决算数|执行数|支出数|预算总额|预算安排|预算资金|资金总额|收入总计|支出总计|(?:年初|全年|调整后?|项目|年度)预算|全年执行|实际支出/;
// A budget label starts at its keyword, with the qualifier before it: '补助奖励资金年初预算' → 年初预算.
const BUDGET_LABEL = new RegExp(String.raw`(?:年初|全年|年度|调整后?|实际)?(?:${BUDGET_LEAD.source})`);

export function readProse(lines: readonly Line[], c: Collector): void {
  for (const p of paragraphs(lines, c.used)) {
    if (detectDocUnit(p.text, c, p.line)) continue;
    const item = takeItemScore(p, c);
    // An item's own 自评得分 is not the document's total.
    const took = [takeKeyValue(p, c), item, !item && takeTotal(p, c), takeBonus(p, c), takeBudget(p, c)].some(Boolean);
    if (took) for (const l of p.lines) c.used.add(l);
  }
}

/** Prose lines joined where a page break cut a sentence in two. */
function paragraphs(lines: readonly Line[], taken: ReadonlySet<number>): Paragraph[] {
  const out: Paragraph[] = [];
  let section = '';
  let open: Paragraph | null = null;
  // Whether the sentence ended is read off the last joined line: testing the growing paragraph was quadratic.
  let last = '';
  for (const line of lines) {
    if (line.kind === 'heading' || (line.kind === 'prose' && OUTLINE.test(line.text))) {
      section = line.text.replace(/^[（(]?[一二三四五六七八九十\d０-９]+[)）.、．]\s*/, '');
      open = null;
      continue;
    }
    if (line.kind === 'row') open = null;
    if (line.kind !== 'prose') continue;
    // A short 部门:某中学 line is a fact, whole: the line after it (公开14表) is not its continuation.
    const fact = open !== null && open.lines.length === 1 && open.text.length <= 40 && KEY_VALUE.test(open.text) && !/[，,；;。]/.test(open.text);
    if (open && !fact && !ENDS_SENTENCE.test(last) && !STARTS_ITEM.test(line.text) && !KEY_VALUE.test(line.text) && !taken.has(open.line)) {
      open.starts.push(open.text.length);
      open.text += foldDigits(line.text);
      open.lines.push(line.no);
      last = line.text;
      continue;
    }
    last = line.text;
    open = { text: foldDigits(line.text), line: line.no, lines: [line.no], starts: [0], section };
    out.push(open);
  }
  return out;
}

function takeKeyValue(p: Paragraph, c: Collector): boolean {
  if (p.text.length <= 80 && isTitle(p.text) && !/[：:]/.test(p.text)) {
    // A title (a second form's, or the first's restated): read, and the document's title is already known.
    return true;
  }
  // '(3)实施主体:某委员会。' — the list number is no part of the key.
  const [key, value] = splitKey(p.text.replace(LIST_NUMBER, ''));
  return value !== null && value.length <= 60 && offerKeyValue(key, value, p.line, c);
}

function takeItemScore(p: Paragraph, c: Collector): boolean {
  const text = p.text.length < 2000 ? p.text : '';
  // Every score pattern below ends in 得…分 (GOT, SCORE_THEN_MAX): a paragraph without both characters has none.
  if (!text.includes('分') || !text.includes('得')) return false;
  const marked = MARKED_SCORE.exec(text);
  const plain = marked ? null : PLAIN_SCORE.exec(text);
  const name = (marked?.[1] ?? plain?.[1] ?? '').replace(/[，,。；;：:\s（(]+$/, '');
  if ((marked || plain) && (!name || (plain && NOT_ITEM.test(name)))) return false;
  if (marked || plain) {
    const max = Number(marked ? (marked[2] ?? marked[3]) : plain?.[2]);
    addScore(p, c, { name, max, got: Number(marked ? marked[4] : plain?.[3]), line: p.line });
  }
  let took = Boolean(marked || plain);
  const lineOf = lineCursor(p);
  MORE_SCORES.lastIndex = (marked ?? plain)?.[0].length ?? 0;
  for (let m = MORE_SCORES.exec(text); m; m = MORE_SCORES.exec(text)) {
    if (NOT_ITEM.test(m[1] ?? '')) continue;
    addScore(p, c, { name: m[1] ?? '', max: Number(m[2] ?? m[3]), got: Number(m[4]), line: lineOf(m.indices?.[1]?.[0] ?? m.index) });
    took = true;
  }
  return took || takeScoresInSentences(p, c, text);
}

function takeScoresInSentences(p: Paragraph, c: Collector, text: string): boolean {
  let took = false;
  const lineOf = lineCursor(p);
  SCORE_THEN_MAX.lastIndex = 0;
  for (let m = SCORE_THEN_MAX.exec(text); m; m = SCORE_THEN_MAX.exec(text)) {
    const name = m[1] ?? '';
    if (NOT_ITEM.test(name)) continue;
    const score = { name, max: Number(m[3]), got: Number(m[2]), line: lineOf(m.indices?.[1]?.[0] ?? m.index) };
    if (BUDGET_SCORE.test(name)) addBudgetScore(c, score);
    else addScore(p, c, score);
    took = true;
  }
  return took;
}

// The budget-execution score of a project form ('预算执行得分：9.76分（分值10分）') counts towards the total but is
// budget, as in a grid. Only in this phrasing: in a department's framework '2.预算执行：分值20分…' is an item.
const BUDGET_SCORE = /^(?:预算执行(?:率|情况)?|资金执行(?:率|情况)?|年度资金总额|预算资金执行(?:率)?)$/;

interface Score {
  name: string;
  max: number;
  got: number;
  line: number;
}

function addBudgetScore(c: Collector, score: Score): void {
  c.budget.push({ item: score.name, column: '分值', raw: String(score.max), unit: null, line: score.line });
  c.budget.push({ item: score.name, column: '得分', raw: String(score.got), unit: null, line: score.line });
}

function addScore(p: Paragraph, c: Collector, score: Score): void {
  const draft = emptyDraft(score.line);
  draft.name = score.name;
  draft.max = score.max;
  draft.got = score.got;
  draft.group = p.section || null;
  c.drafts.push(draft);
}

function takeTotal(p: Paragraph, c: Collector): boolean {
  let took = false;
  const grade = GRADE.exec(p.text);
  // '自评等级：☑优　□良　□中　□差': the checked box is the grade.
  const boxes = grade ? null : CHECKBOX_GRADE.exec(p.text);
  const said = grade?.[1] ?? grade?.[2];
  const word = said ? (gradeOf(said) ?? said) : boxes ? gradeOf(boxes[1] ?? '') : null;
  if (word) {
    offerGrade(c, word, p.line);
    took = true;
  }
  if (STARTS_ITEM.test(p.text) && /分值|权重/.test(p.text)) return took;
  const m = TOTAL.exec(p.text);
  const value = m?.[1] ?? m?.[2];
  if (value === undefined) return took;
  offerTotal(c, Number(value), p.line);
  return true;
}

function takeBonus(p: Paragraph, c: Collector): boolean {
  if (!/加减分|加分|减分|扣分项/.test(p.section + p.text.slice(0, 12))) return false;
  const m = BONUS.exec(p.text);
  if (!m) return false;
  const draft = emptyDraft(p.line);
  draft.name = /加减分|加分|减分/.test(p.section) ? p.section : '加减分';
  draft.got = (m[1] === '加' ? 1 : -1) * Number(m[2]);
  draft.category = ['加减分'];
  c.drafts.push(draft);
  return true;
}

function takeBudget(p: Paragraph, c: Collector): boolean {
  // Every money figure ends in 元: most sentences are left without running the regex.
  if (!p.text.includes('元')) return false;
  MONEY.lastIndex = 0;
  let lead: string | null = null;
  let took = false;
  let lineOf = lineCursor(p);
  for (let m = MONEY.exec(p.text); m; m = MONEY.exec(p.text)) {
    // The run of Han characters before a number starts after a year's 年: '2021 年全年预算数' → 全年预算数.
    const run = (m[1] ?? '').replace(/^(?:年度?|包括|其中)(?=[\u4e00-\u9fa5]{2})/, '').replace(/(?<=[\u4e00-\u9fa5]{2})(?:为|是|达到?)$/, '');
    const label = run.slice(BUDGET_LABEL.exec(run)?.index ?? 0);
    // A budget keyword opens a column; the figures after it are its parts: '全年预算数…，其中中央资金…'.
    const opens = BUDGET_LEAD.test(label);
    if (lead === null && !opens) return false;
    if (opens) lead = label;
    c.budget.push({ item: label, column: opens ? null : lead, raw: `${m[2]}${m[3]}`, unit: null, line: lineOf(m.indices?.[2]?.[0] ?? m.index) });
    took = true;
  }
  if (!took) return false;
  RATE.lastIndex = 0;
  lineOf = lineCursor(p);
  for (let m = RATE.exec(p.text); m; m = RATE.exec(p.text)) {
    c.budget.push({ item: m[1] ?? '执行率', column: null, raw: m[2] ?? '', unit: null, line: lineOf(m.indices?.[2]?.[0] ?? m.index) });
  }
  return true;
}

/** The source line of a figure in a joined paragraph; asked in text order, so one walk over the lines serves all. */
function lineCursor(p: Paragraph): (index: number) => number {
  let i = 0;
  return (index) => {
    while (i + 1 < p.starts.length && (p.starts[i + 1] ?? Infinity) <= index) i++;
    return p.lines[i] ?? p.line;
  };
}
