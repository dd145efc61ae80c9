// Rows that are not indicators: key–value facts, the total score, the checked grade and its bands.
//   ['评价等级', '☑ 优 90分≤得分≤100分； ☐ 良 80分≤得分<90分'] → grade 优, bands [{ 优 90..100 }, { 良 80..90 }]
import type { GradeBand } from '../schema.js';
import type { Line } from '../extract/lines.js';
import { headerKey } from '../extract/columns.js';
import { detectHeader } from '../extract/header.js';
import { foldDigits, toNumber } from '../extract/text.js';
import { cleanUnitName, departmentRank, PROJECT_KEYS, YEAR_KEYS, yearIn } from './facts.js';
import { offerFact, offerGrade, offerTotal, type Collector } from './collector.js';

const FACT_WORD = /名称|单位|部门|年度|主管|实施|填报|期限|周期|起止/;
// A project's period (项目期限 2024-01-01至2024-12-31) is a fact the forms print but the output has no field for: read, not reported.
const PERIOD_KEYS = new Set(['项目期限', '实施期限', '执行期限', '项目周期', '实施周期', '项目起止年份', '项目起止时间', '起止年份', '起止时间', '起止日期', '项目实施期']);
const TOTAL_KEYS = new Set(['总分', '总得分', '综合得分', '自评总分', '评价总分', '自评得分', '总计得分', '合计得分', '得分合计', '综合评分']);
const SUM_KEYS = new Set(['合计', '总计']);
const GRADE_KEYS = new Set(['评价等级', '绩效等级', '自评等级', '等级', '评价结果', '绩效评价等级', '自评结果', '综合评价等级']);
const GRADES = ['优秀', '良好', '不合格', '合格', '较差', '优', '良', '中', '差'];
export const CHECKED = /[☑☒■▣✓✔√]/;
const UNCHECKED = /[☐□]/;

// Sign-off rows under a form: not data, and they end the table above them.
const FOOTER =
  /^(?:财政部门)?(?:审核|审批|复核|批复)(?:意见|日期|人|机关|单位)|^[^\d]{0,6}意见$|^(?:填报|填表|编制|制表)(?:日期|时间|人|单位|单位盖章)?$|^联系(?:电话|人|方式)|负责人$|组长$|经办人$|^(?:评价|自评)日期$|盖章|^备注$|^说明$/;

/** A sign-off cell, bare (填报人) or with its value (编制日期：2023年10月). */
export function isFooterKey(cell: string): boolean {
  // 注：… / 说明：… under a form explain it.
  if (/^(?:注|说明|备注)\s*\d?\s*[：:]/.test(cell)) return true;
  const [key] = splitKey(cell);
  return key.length <= 16 && FOOTER.test(headerKey(key));
}

export function isTotalKey(cell: string, underScoredTable: boolean): boolean {
  if (cell.length > 12) return false;
  const k = headerKey(cell);
  return TOTAL_KEYS.has(k) || (underScoredTable && SUM_KEYS.has(k));
}

export function isGradeKey(cell: string): boolean {
  return cell.length <= 12 && GRADE_KEYS.has(headerKey(cell));
}

/** The project a `项目名称 | X` row names, or null. */
export function projectName(cells: readonly string[]): string | null {
  const first = cells.findIndex((x) => x !== '');
  if (!cells[first]?.includes('项目名称')) return null;
  const [key, inline] = splitKey(cells[first] ?? '');
  if (!PROJECT_KEYS.has(headerKey(key))) return null;
  // 项目名称 | 年度预算（万元） | 绩效目标 | 绩效指标 heads a table of projects: it names none.
  if (inline === null && cells.filter(Boolean).length >= 3 && detectHeader(cells)?.kind === 'indicators') return null;
  return inline ?? nextFilled(cells, first);
}

/** Key–value cells in a row: each known key takes the next filled cell. True when a fact was taken. */
export function takeFacts(cells: readonly string[], line: number, c: Collector): boolean {
  let took = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    // A key is a short label naming a unit or a year; an inline one (部门名称：某局) keeps it within a dozen characters.
    if (cell === '' || !FACT_WORD.test(cell) || (cell.length > 14 && !/^[^：:]{2,12}[：:]/.test(cell))) continue;
    const [key, inline] = splitKey(cell);
    const value = inline ?? nextFilled(cells, i);
    if (value === null) continue;
    if (offerKeyValue(key, value, line, c)) took = true;
  }
  return took;
}

/** `部门名称：某局` in one cell or one prose line. */
export function splitKey(cell: string): [string, string | null] {
  const m = /^([^：:]{2,12})[：:]\s*(.*)$/.exec(cell);
  if (!m) return [cell, null];
  return [m[1] ?? '', m[2] ? m[2].trim() : null];
}

export function offerKeyValue(key: string, value: string, line: number, c: Collector): boolean {
  const rank = departmentRank(key);
  if (rank >= 0) {
    const name = cleanUnitName(value);
    if (!name || /^\d+$/.test(name)) return false;
    c.department = offerFact(c.department, name, rank, line);
    return true;
  }
  if (PERIOD_KEYS.has(headerKey(key))) return /\d/.test(value);
  if (YEAR_KEYS.has(headerKey(key))) {
    const year = yearIn(value.includes('年') ? value : `${value}年`);
    if (year === null) return false;
    c.year = offerFact(c.year, String(year), 0, line);
    return true;
  }
  return false;
}

function nextFilled(cells: readonly string[], i: number): string | null {
  for (let j = i + 1; j < cells.length && j <= i + 4; j++) if (cells[j]) return cells[j] ?? null;
  return null;
}

/** The grade of a grade cell: the checked one, or a bare grade word. */
export function gradeOf(text: string): string | null {
  const checked = CHECKED.exec(text);
  if (checked) return gradeWordAt(text.slice(checked.index + 1));
  if (UNCHECKED.test(text)) return null;
  return gradeWordAt(text);
}

// The grade is given in SPEC's four words (优, 良, 中, 差); 合格 and 不合格 are another scale and stay as written.
const SHORT_GRADE: Readonly<Record<string, string>> = { 优秀: '优', 良好: '良', 较差: '差' };

function gradeWordAt(text: string): string | null {
  const t = text.replace(/^[\s“"'‘（(]+/, '');
  const word = GRADES.find((g) => t.startsWith(g));
  return word === undefined ? null : (SHORT_GRADE[word] ?? word);
}

const BAND =
  /(优秀|良好|不合格|合格|较差|优|良|中|差)[\s（(：:]*(?:(\d+(?:\.\d+)?)\s*分?\s*(≤|<|＜|≦)\s*)?(?:得分|分数|总分|评分)\s*(?:(≤|<|＜|≦)\s*(\d+(?:\.\d+)?)\s*分?)?/g;

/** The grade bands a form prints: 优 90分≤得分≤100分；良 80分≤得分<90分… */
export function bandsOf(raw: string): GradeBand[] {
  const text = foldDigits(raw);
  const bands: GradeBand[] = [];
  BAND.lastIndex = 0;
  for (let m = BAND.exec(text); m; m = BAND.exec(text)) {
    const [, grade, min, minOp, maxOp, max] = m;
    if (!grade || (min === undefined && max === undefined)) continue;
    bands.push({
      grade,
      min: min === undefined ? null : Number(min),
      minInclusive: minOp === '≤' || minOp === '≦',
      max: max === undefined ? null : Number(max),
      maxInclusive: maxOp === '≤' || maxOp === '≦',
    });
  }
  return bands;
}

/** A total or grade row. True when the row was one. */
export function takeScoreRow(row: Line, gotCell: string | null, c: Collector, scored: boolean): boolean {
  const { cells, no: line } = row;
  const first = totalAfterPair(cells) ?? cells.findIndex((x) => x !== '');
  const key = cells[first] ?? '';
  if (isTotalKey(key, scored)) {
    // '99.11分' is 99.11 points, '98.80/100' and '27/30' the points before the slash.
    const points = (cell: string) => toNumber(cell.replace(/\s*分$/, '').replace(/\s*[/／]\s*\d+(?:\.\d+)?$/, ''));
    const numbers = cells.slice(first + 1).map(points).filter((x): x is number => x !== null);
    const got = gotCell === null ? null : points(gotCell);
    const last = numbers[numbers.length - 1];
    // Under 得分 the total; but '100' there with a figure after it is the 分值 column's 100, shifted (a PDF copy).
    const value = got !== null && !(got === 100 && last !== undefined && last < 100) ? got : (last ?? got ?? undefined);
    if (value !== undefined) offerTotal(c, value, line, true);
    // 总分 | 100 | 96 | 优: the grade in a cell beside the total.
    const grade = cells.slice(first + 1).find((cell) => GRADES.includes(cell.trim()));
    if (grade) offerGrade(c, SHORT_GRADE[grade.trim()] ?? grade.trim(), line, true);
    return true;
  }
  // The row's text is its filled cells joined: one test over it finds a checkbox in any cell.
  // The grade may follow its key in the same cell: '自评等级：☑优'.
  const [gradeKey, inline] = splitKey(key);
  if (isGradeKey(key) || (inline !== null && isGradeKey(gradeKey)) || (CHECKED.test(row.text) && bandsOf(cells.join(' ')).length > 0)) {
    const rest = [...(inline !== null && isGradeKey(gradeKey) ? [inline] : []), ...cells.slice(first + 1)].join(' ');
    const grade = gradeOf(rest);
    if (grade) offerGrade(c, grade, line, true);
    if (c.bands.length === 0) c.bands = bandsOf(rest);
    return true;
  }
  return false;
}

/**
 * Where a total starts in a row that a key and its text value open (其他需要说明事项 | 无 | 总分 | 100 | 96 | 优):
 * a crawler ran the two rows together. Null when the row reads otherwise.
 */
function totalAfterPair(cells: readonly string[]): number | null {
  const k = cells.findIndex((x, i) => i > 0 && isTotalKey(x, false));
  if (k < 0) return null;
  const before = cells.slice(0, k).filter(Boolean);
  const after = cells.slice(k + 1).filter(Boolean);
  if (before.length === 0 || before.length > 2 || before.some((x) => /\d/.test(x)) || !after.some((x) => toNumber(x) !== null)) return null;
  return detectHeader(cells) === null ? k : null;
}
