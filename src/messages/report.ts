// The labels of the review page (`gzperf report`), English and Chinese side by side.
//   reportLabels('zh-CN').indicators → '绩效指标';  pickLang({ LANG: 'zh_CN.UTF-8' }) → 'zh-CN'

export type Lang = 'en' | 'zh-CN';

const LABELS = {
  title: ['gzperf review', 'gzperf 审阅'],
  overview: ['Documents', '文档总览'],
  count: ['{n} documents', '共 {n} 份文档'],
  filter: ['Filter…', '筛选…'],
  allKinds: ['all kinds', '全部类型'],
  problemsOnly: ['only with problems', '仅显示有问题的'],
  shown: ['shown', '显示'],
  showAll: ['show all', '显示全部'],
  file: ['file', '文件'],
  kind: ['kind', '类型'],
  department: ['department', '部门'],
  year: ['year', '年度'],
  total: ['total', '总分'],
  grade: ['grade', '等级'],
  met: ['met', '达成'],
  notMet: ['not met', '未达成'],
  unknown: ['unknown', '未知'],
  errors: ['errors', '错误'],
  warnings: ['warnings', '警告'],
  back: ['← all documents', '← 返回总览'],
  facts: ['Facts', '基本信息'],
  titleFact: ['title', '标题'],
  form: ['form', '格式'],
  encoding: ['encoding', '编码'],
  layouts: ['layouts', '版式'],
  checks: ['Checks', '核对'],
  scoreCheck: ['score check: Σ item scores vs the stated total', '分值核对：各项得分之和与总分'],
  sumOf: ['sum of {n} item scores', '{n} 项得分之和'],
  statedTotal: ['stated total', '填报总分'],
  budgetCheck: ['budget execution check: executed ÷ budget vs the stated rate', '预算执行率核对：执行数 ÷ 预算数与填报执行率'],
  stated: ['stated', '填报'],
  computed: ['computed', '计算'],
  noScores: ['no scores to check', '无可核对的分值'],
  noBudget: ['no execution rate to check', '无可核对的执行率'],
  pass: ['passes', '通过'],
  fail: ['fails', '不通过'],
  findings: ['Findings (validate)', '问题（validate）'],
  noFindings: ['no problems', '未发现问题'],
  indicators: ['Indicators', '绩效指标'],
  group: ['group', '分组'],
  category: ['class', '指标类别'],
  name: ['indicator', '指标名称'],
  target: ['target', '目标值'],
  periodTarget: ['period target', '实施期目标'],
  achieved: ['achieved', '实际完成值'],
  score: ['score', '得分/分值'],
  status: ['status', '状态'],
  completion: ['completion', '完成率'],
  line: ['line', '行'],
  chart: ['Completion per indicator (achieved against target; for “at most” targets, target ÷ achieved)', '各指标完成率（实际值对目标值；“不高于”类目标为目标值 ÷ 实际值）'],
  noChart: ['no indicator has a completion', '没有可计算完成率的指标'],
  lessIsBetter: ['less is better', '越低越好'],
  moreIsBetter: ['more is better', '越高越好'],
  source: ['Source, as read', '原文（按读取结果）'],
  legendFed: ['fed a value', '已提取'],
  legendUnused: ['fed nothing', '未提取'],
  legendUnusedNumber: ['a number that fed nothing', '未提取的数字'],
  inspector: ['Selected cell', '选中的单元格'],
  becameNothing: ['this cell fed no value', '该单元格未产生任何数值'],
  noCell: ['no source cell found for this value', '未找到该数值的原文单元格'],
  budget: ['Budget', '预算资金'],
  item: ['item', '项目'],
  column: ['column', '栏目'],
  amount: ['amount', '金额'],
  documentLevel: ['about the whole document', '涉及整个文档'],
  cannotRead: ['could not be read', '无法读取'],
  joined: ['joined to the row above', '已并入上一行'],
  'kind:department-evaluation': ['department self-evaluation', '部门整体绩效自评'],
  'kind:department-target': ['department targets', '部门整体绩效目标'],
  'kind:project-evaluation': ['project self-evaluation', '项目支出绩效自评'],
  'kind:project-target': ['project targets', '项目支出绩效目标'],
  'kind:unknown': ['unknown', '未识别'],
} as const;

export type LabelKey = keyof typeof LABELS;
export type Labels = Record<LabelKey, string>;

export function reportLabels(lang: Lang): Labels {
  const at = lang === 'zh-CN' ? 1 : 0;
  return Object.fromEntries(Object.entries(LABELS).map(([k, v]) => [k, v[at]])) as Labels;
}

/** --lang first, then LC_ALL, LC_MESSAGES, LANG as POSIX orders them: zh_* (or zh-*) is Chinese. */
export function pickLang(env: Record<string, string | undefined>, flag?: string): Lang {
  const locale = flag || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh(?:[_-]|$)/i.test(locale) ? 'zh-CN' : 'en';
}
