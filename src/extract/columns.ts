// Header cell → column role, from the national templates' vocabulary (SPEC §1).
//   '年度指标值' → 'target';  '得分/自评分' → 'got';  '任务(政策)关键指标' → 'name'
import { memo } from './memo.js';

export type Role =
  | 'serial'
  | 'group'
  | 'goal'
  | 'class1'
  | 'class2'
  | 'name'
  | 'target'
  | 'periodTarget'
  | 'achieved'
  | 'max'
  | 'got'
  | 'detail'
  | 'explanation'
  | 'operator'
  | 'unit'
  | 'indicators'
  /** A money column in a table of projects or tasks: 年度预算（万元）. */
  | 'budget'
  /** Values that are not this year's (上年指标值, 预计完成值): placed like values, read into no field. */
  | 'reference';

/** Synonyms matched against a header cell with spaces, brackets' contents and punctuation removed. */
export const COLUMN_SYNONYMS: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['serial', ['序号', '编号']],
  ['periodTarget', ['实施周期指标值', '中长期指标值', '实施期指标值', '中长期目标值', '实施周期目标值']],
  [
    'achieved',
    ['年度完成值', '实际完成值', '实际达成值', '完成数', '全年实际', '实际完成数', '全年实际值', '完成值', '年度完成情况', '实际完成情况', '实际值', '全年完成值', '实际完成', '年度实际完成值'],
  ],
  [
    'target',
    [
      '预期实现值',
      '年度指标值',
      '年度目标值',
      '预期实现目标值',
      '指标值',
      '目标值',
      '指标值及单位',
      '绩效标准',
      '预期目标值',
      '年度预期值',
      '计划完成值',
      '预期值',
      '年度指标值目标值',
      '年度指标',
      '预期目标',
      '年度计划值',
      '计划值',
      '当年预期实现值',
      '计划数',
      '全年目标',
      '全年目标值',
    ],
  ],
  ['max', ['分值', '权重', '指标分值', '标准分值', '满分']],
  ['got', ['得分', '自评分', '自评得分', '得分自评分', '评分', '实际得分', '评价得分', '自评分数', '分数', '得分数', '评价分数']],
  [
    'detail',
    ['具体完成情况', '偏差原因分析及改进措施', '未完成原因', '未达标原因', '改进措施', '偏差原因', '原因分析', '未完成原因分析', '完成情况说明', '备注',
      // A 审核表's reviewer columns.
      '审核意见', '修改建议', '审核内容', '审核要点', '评审意见', '专家意见'],
  ],
  ['explanation', ['指标解释', '评扣分标准', '评分标准', '扣分标准', '指标说明', '评分细则', '计算方法', '指标定义']],
  ['operator', ['指标性质', '指标方向', '运算符号', '符号']],
  ['unit', ['度量单位', '计量单位', '单位']],
  // A cell holding both levels (产出指标/数量指标) sits under 一级指标/二级指标.
  ['class1', ['一级指标', '一级指标二级指标', '一二级指标', '指标类别']],
  ['class2', ['二级指标']],
  [
    'name',
    ['三级指标', '指标', '三级指标名称', '三级指标内容', '指标名称及内容', '具体指标名称', '关键指标', '任务政策关键指标', '整体支出关键指标', '指标名称', '绩效指标名称', '指标内容', '四级指标', '具体指标'],
  ],
  ['indicators', ['绩效指标']],
  ['budget', ['年度预算', '年度预算数', '预算金额', '项目预算', '预算资金', '申报金额', '项目金额', '资金规模', '年度资金总额', '资金总额', '项目资金', '资金金额']],
  [
    'group',
    ['年度主要支出计划对应任务政策', '年度主要支出计划', '项目名称资金使用单位', '项目名称', '任务名称', '重点任务', '主要任务', '支出计划', '审核要素'],
  ],
  ['goal', ['部门整体支出目标', '任务政策的绩效目标', '绩效目标', '年度绩效目标', '主要实施内容', '期望达到的目标', '目标', '年度目标']],
];

/** Roles whose presence makes a header an indicator header (a value or score column). */
export const VALUE_ROLES: ReadonlySet<Role> = new Set(['target', 'periodTarget', 'achieved', 'max', 'got', 'indicators']);

/** Roles whose cells hold narrative text: numbers there are prose, not data. */
export const NARRATIVE_ROLES: ReadonlySet<Role> = new Set(['goal', 'detail', 'explanation']);

/** Words that give a header its role when no synonym matches exactly: 未完成原因及改进措施 → detail. */
export const COLUMN_WORDS: ReadonlyArray<readonly [Role, RegExp]> = [
  ['detail', /原因|改进措施|整改措施|完成情况说明|偏差/],
  ['explanation', /解释|评分标准|扣分标准|评分办法|计分方法|指标说明/],
  ['periodTarget', /实施周期|中长期/],
  ['achieved', /实际完成|完成值|实际值|完成情况$/],
  ['got', /得分$|自评分$/],
  ['max', /分值$|权重$/],
  ['target', /指标值$|目标值$|预期值$|实现值$/],
];

/** Header text as compared: no spaces, no brackets or punctuation, NFKC. */
const PLAIN_HAN = /^[\u4e00-\u9fa5]*$/;

export function headerKey(cell: string): string {
  // Most header and key cells are plain Han characters, which NFKC and the strip leave as they are.
  if (PLAIN_HAN.test(cell)) return cell;
  return cell.length <= 40 ? cachedKey(cell) : computeKey(cell);
}

const cachedKey = memo(computeKey);

function computeKey(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/[\s()（）【】\[\]、，,:：/／\\·•*＊\-—_]/g, '')
    .replace(/[<>≥≤]/g, '');
}

const EXACT = new Map<string, Role>();
for (const [role, words] of COLUMN_SYNONYMS) for (const w of words) if (!EXACT.has(w)) EXACT.set(w, role);

// Figures derived from the values (偏差 +3, 完成率 104%, 得分率 96.67%): columns, but none of the roles.
const DERIVED = new Set(['偏差', '偏差值', '偏差率', '偏差度', '完成率', '完成比例', '得分率', '完成进度']);

/** A column of figures derived from the values (得分率, 完成率（%）, 偏差): the output computes its own. */
export function isDerivedColumn(label: string): boolean {
  return DERIVED.has(headerKey(label.replace(/[（(][^）)]*[）)]/g, '')).replace(/[%％]/g, ''));
}

/** The role of a header cell, or null when it is not a known column name. */
export function roleOf(cell: string): Role | null {
  if (cell.length > 30) return null;
  return cachedRole(cell);
}

// Header cells and value labels (年度指标值) repeat in every table: each distinct text is looked up once.
const cachedRole = memo(readRole);

// Values that are not this year's: last year's (上年指标值, 上年完成值) or a forecast (预计完成值, 预期完成值). A part
// of the year (1-6月实际完成值) stays the achieved value: a monitoring form reports its progress so far in it.
const NOT_THIS_YEAR = /上年|去年|上一年|前一年|预计|预期完成/;

function readRole(cell: string): Role | null {
  const key = headerKey(cell);
  if (key.length === 0 || key.length > 24 || DERIVED.has(key.replace(/[%％]/g, ''))) return null;
  if (NOT_THIS_YEAR.test(cell.normalize('NFKC'))) return 'reference';
  const exact = EXACT.get(key);
  if (exact) return exact;
  // A unit in brackets or a trailing word does not change the column: 预算金额（万元）, 年度指标值（2023年）, and
  // neither does a bracket left open at the end (its close cut off at a page's edge: 权重（%).
  const stripped = headerKey(cell.replace(/[（(][^）)]*[）)]/g, '').replace(/[（(][^）)]*$/, ''));
  const exactStripped = EXACT.get(stripped);
  if (exactStripped) return exactStripped;
  if (stripped.length > 12) return null;
  return COLUMN_WORDS.find(([, words]) => words.test(stripped))?.[0] ?? null;
}
