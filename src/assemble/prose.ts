// Sentences of a report → item scores, the total, bonus points and budget figures.
//   '（1）资金管理，分值16分，自评得分14.98分' → Draft { name: '资金管理', max: 16, got: 14.98 }
import type { Line } from '../extract/lines.js';
import { emptyDraft, type Collector } from './collector.js';
import { detectDocUnit } from './doc-unit.js';
import { gradeOf, offerKeyValue, splitKey } from './special-rows.js';
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
const STARTS_ITEM = /^(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]+[、是]|#)/;
const KEY_VALUE = /^[^：:，。]{2,12}[：:]/;
const NUM = String.raw`(\d+(?:\.\d+)?)`;
const ITEM_SCORE = new RegExp(
  String.raw`^[（(]\s*\d{1,2}\s*[)）]\s*(.{2,60}?)[，,。；;\s]*(?:分值|权重|满分)?\s*[为:：]?\s*${NUM}\s*分\s*[，,；;。]?\s*(?:自评)?(?:得分|得)\s*[为:：]?\s*(-?\d+(?:\.\d+)?)\s*分`,
);
const TOTAL = new RegExp(String.raw`(?:自评|评价|综合|总)(?:总)?得分\s*[为是:：]?\s*${NUM}\s*分|总分\s*[为是:：]\s*${NUM}\s*分?`);
const GRADE = /(?:评价|自评|绩效)等级\s*(?:为|是|[:：])\s*[“"「]?\s*(优秀|良好|合格|不合格|优|良|中|差)/;
const BONUS = new RegExp(String.raw`(加|减|扣)\s*${NUM}\s*分`);
const MONEY = /([\u4e00-\u9fa5]{2,14})\s*[为是:：]?\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(万亿元|亿元|百万元|千元|万元|元)/dg;
const RATE = /(执行率|完成率|支出率)\s*[为是:：]?\s*(\d+(?:\.\d+)?\s*[%％])/dg;
const BUDGET_LEAD = /预算(?:执行)?数|决算数|执行数|支出数|预算总额|预算安排|收入总计|支出总计/;

export function readProse(lines: readonly Line[], c: Collector): void {
  for (const p of paragraphs(lines, c.used)) {
    if (detectDocUnit(p.text, c, p.line)) continue;
    const took = [takeKeyValue(p, c), takeItemScore(p, c), takeTotal(p, c), takeBonus(p, c), takeBudget(p, c)].some(Boolean);
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
    if (line.kind === 'heading') {
      section = line.text.replace(/^[（(]?[一二三四五六七八九十\d０-９]+[)）.、．]\s*/, '');
      open = null;
    }
    if (line.kind === 'row' || line.kind === 'heading') open = null;
    if (line.kind !== 'prose') continue;
    if (open && !ENDS_SENTENCE.test(last) && !STARTS_ITEM.test(line.text) && !KEY_VALUE.test(line.text) && !taken.has(open.line)) {
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
    c.titles.push({ text: p.text, line: p.line });
    return true;
  }
  const [key, value] = splitKey(p.text);
  return value !== null && value.length <= 60 && offerKeyValue(key, value, p.line, c);
}

function takeItemScore(p: Paragraph, c: Collector): boolean {
  const m = ITEM_SCORE.exec(p.text.length < 2000 ? p.text : '');
  if (!m) return false;
  const draft = emptyDraft(p.line);
  draft.name = (m[1] ?? '').replace(/[，,。；;\s]+$/, '');
  draft.max = Number(m[2]);
  draft.got = Number(m[3]);
  draft.group = p.section || null;
  c.drafts.push(draft);
  return true;
}

function takeTotal(p: Paragraph, c: Collector): boolean {
  let took = false;
  const grade = GRADE.exec(p.text);
  if (grade?.[1] && !c.grade) {
    c.grade = { value: gradeOf(grade[1]) ?? grade[1], line: p.line };
    took = true;
  }
  if (STARTS_ITEM.test(p.text) && /分值|权重/.test(p.text)) return took;
  const m = TOTAL.exec(p.text);
  const value = m?.[1] ?? m?.[2];
  if (value === undefined || c.total) return took;
  c.total = { value: Number(value), line: p.line };
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
  MONEY.lastIndex = 0;
  let lead: string | null = null;
  let took = false;
  let lineOf = lineCursor(p);
  for (let m = MONEY.exec(p.text); m; m = MONEY.exec(p.text)) {
    // The run of Han characters before a number starts after a year's 年: '2021 年全年预算数' → 全年预算数.
    const label = (m[1] ?? '').replace(/^(?:年度?|包括|其中)(?=[\u4e00-\u9fa5]{2})/, '');
    if (lead === null) {
      if (!BUDGET_LEAD.test(label)) return false;
      lead = label;
    }
    c.budget.push({ item: label, column: label === lead ? null : lead, raw: `${m[2]}${m[3]}`, unit: null, line: lineOf(m.indices?.[2]?.[0] ?? m.index) });
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
