// Title, kind, department and year of a document, from its title, key–value cells and goal text.
//   title '2022年度广州市某局部门整体支出绩效自评表' → { kind: 'department-evaluation', department: '广州市某局', year: 2022 }
import type { Kind } from '../schema.js';
import { headerKey } from '../extract/columns.js';
import { foldDigits } from '../extract/text.js';

/** Keys that name the filing unit, best first (SPEC §3 `department`). */
export const DEPARTMENT_KEYS: readonly (readonly string[])[] = [
  ['部门单位名称', '部门名称', '单位名称', '预算单位', '部门', '预算部门', '填报单位', '单位'],
  ['实施单位', '项目实施单位', '实施单位名称', '实施主体', '项目实施主体'],
  ['主管部门', '主管部门及代码', '主管单位'],
];
export const YEAR_KEYS = new Set(['年度', '预算年度', '评价年度', '绩效年度', '项目年度', '所属年度']);
export const PROJECT_KEYS = new Set(['项目名称']);

const TITLE_WORDS = /绩效|自评|目标表|申报表|审批表|评价|完成情况表|报告/;
const YEAR = /((?:19|20)\d{2})\s*年/;

export function departmentRank(key: string): number {
  if (key.length > 16) return -1;
  const rankOf = (k: string) => DEPARTMENT_KEYS.findIndex((keys) => keys.includes(k));
  const rank = rankOf(headerKey(key));
  // 实施单位（盖章）: a note in brackets does not change the key.
  return rank >= 0 || !/[（(]/.test(key) ? rank : rankOf(headerKey(key.replace(/\s*[（(][^）)]*[）)]\s*/g, '')));
}

/** A unit name without a leading numeric code: '301001 某县教育局' → '某县教育局'. */
export function cleanUnitName(value: string): string {
  return value
    // Another key on the same line ends the name: '某档案馆 填报日期：2024年4月2日'.
    .replace(/\s+[^\s：:]{2,8}[：:].*$/, '')
    .replace(/^[[【(（]?\s*\d{3,}\s*[\]】)）]?\s*[-—:：]?\s*/, '')
    .replace(/\s*[[【(（]\s*\d{3,}\s*[\]】)）]\s*$/, '')
    // A sentence's full stop: '(3)实施主体:某委员会。'
    .replace(/[。；;，,]+$/, '')
    .trim();
}

export function isTitle(text: string): boolean {
  return text.length >= 6 && text.length <= 80 && TITLE_WORDS.test(text) && !/[。；]$/.test(text);
}

export interface KindHints {
  hasAchieved: boolean;
  hasScores: boolean;
  /** A 项目名称 row or line: the form is a project's. */
  project?: boolean;
  /** A 评价结论 / 自评结论 row: the form evaluates. */
  evaluates?: boolean;
}

export function kindOf(title: string | null, hints: KindHints): Kind {
  const t = (title ?? '').replace(/\s+/g, '');
  let frame: 'project' | 'department' | null = /项目支出|项目绩效|项目/.test(t) && !/部门整体|整体支出/.test(t) ? 'project' : /部门|整体|单位/.test(t) ? 'department' : null;
  let stage: 'evaluation' | 'target' | null = /自评|评价|完成情况|自查/.test(t) ? 'evaluation' : /目标|申报|审批/.test(t) ? 'target' : null;
  if (!stage && (hints.hasAchieved || hints.hasScores || hints.evaluates)) stage = 'evaluation';
  // 绩效目标自评表 names no frame: a form about one 项目名称, or a fragment with no title, is the project template.
  if (!frame && stage && (hints.project || title === null)) frame = 'project';
  // A target form followed by its self-evaluation in one file: the file reports results and scores, so it evaluates.
  if (stage === 'target' && hints.hasAchieved && hints.hasScores) stage = 'evaluation';
  if (!frame || !stage) return frame && !stage ? `${frame}-target` : 'unknown';
  return `${frame}-${stage}`;
}

/** The year a title or a `(2023年度)` line states, or null. */
export function yearIn(text: string): number | null {
  const m = YEAR.exec(foldDigits(text).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

// The names of bodies that file these forms end like this; a project name (…补助资金) does not.
const ORGANISATION = /(?:局|委员会|委|办公室|办|厅|院|中心|所|站|馆|学校|大学|学院|医院|中学|小学|幼儿园|政府|街道办事处|街道|镇|乡|苏木|管委会|公司|协会|联合会|集团|队|处|部|署|社|会|台|厂|场)$/;
const DIVISION = /(?:省|自治区|市|州|盟|县|区|旗)$/;

/** A line that is only an organisation's name (a letterhead above the title). */
export function isOrganisationName(text: string): boolean {
  // A name is short; on a long run of （ the bracket strip below is quadratic.
  if (text.length > 80) return false;
  const t = text.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  return t.length >= 4 && t.length <= 30 && ORGANISATION.test(t) && !/[，。；：:]/.test(t);
}

/** The body a title names: text before the year, or between the year and the form's name. */
export function departmentFromTitle(title: string): string | null {
  const t = foldDigits(title).replace(/\s+/g, '');
  const m = /^(.*?)((?:19|20)\d{2})年度?(.*)$/.exec(t);
  const candidate = m ? (m[1] ? m[1] : m[3] ?? '') : t;
  const cut = candidate.search(/部门整体|整体支出|部门预算|项目支出|预算绩效|绩效|部门决算|单位整体|年度/);
  const body = (cut >= 0 ? candidate.slice(0, cut) : m?.[1] ? candidate : '').replace(/^[（(][^）)]*[）)]/, '').trim();
  if (body.length < 2) return null;
  // Before the year a title names its body (某县…, 某局…); after it, the words may be a project's name.
  const bare = body.replace(/[（(][^）)]*[）)]$/, '');
  return ORGANISATION.test(bare) || (m?.[1] && DIVISION.test(bare)) ? body : null;
}

// The rows that state a form's frame and stage when its title does not: 项目名称 | X; 评价结论 | Y.
const EVALUATION_KEYS = /^(?:评价结论|自评结论|总体评价结论|自评结果|绩效自评结论)$/;

/** What the form's key cells say about its kind. */
export function kindHints(cellsOfRows: Iterable<readonly string[]>): { project: boolean; evaluates: boolean } {
  let project = false;
  let evaluates = false;
  for (const cells of cellsOfRows) {
    const key = headerKey(cells.find(Boolean) ?? '');
    if (PROJECT_KEYS.has(key)) project = true;
    if (EVALUATION_KEYS.test(key)) evaluates = true;
  }
  return { project, evaluates };
}
