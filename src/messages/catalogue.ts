// Every sentence gzperf shows people, in English and Chinese; `{…}` values come from the caller as params.
//   CATALOGUE['missing-target'].zh({ name: '培训人次' }) → '“培训人次”缺少指标值'
export type Params = Record<string, string | number | null | undefined>;
type Text = (p: Params) => string;

const q = (name: unknown, lang: 'en' | 'zh'): string => (name ? `“${String(name)}”` : lang === 'en' ? 'unnamed indicator' : '未命名指标');
const plural = (n: unknown, one: string, many: string): string => `${String(n)} ${Number(n) === 1 ? one : many}`;

export const CATALOGUE = {
  // validate rules (SPEC §6)
  'no-indicators': {
    en: () => 'Unexpected document with no indicators, expected at least one indicator row',
    zh: () => '文档中没有读到任何绩效指标，应至少有一行指标',
  },
  'missing-target': {
    en: (p) => `Unexpected ${q(p.name, 'en')} without a target, expected a target value (指标值)`,
    zh: (p) => `${q(p.name, 'zh')}缺少指标值（目标值）`,
  },
  'missing-achieved': {
    en: (p) => `Unexpected ${q(p.name, 'en')} without an achieved value, expected a completed value (完成值)`,
    zh: (p) => `${q(p.name, 'zh')}缺少实际完成值`,
  },
  'not-met-unexplained': {
    en: (p) => `Unexpected ${q(p.name, 'en')} not met (${p.achieved ?? '?'} for ${p.target ?? '?'}) without a reason, expected 偏差原因 / 未完成原因`,
    zh: (p) => `${q(p.name, 'zh')}未达标（目标 ${p.target ?? '?'}，完成 ${p.achieved ?? '?'}），未说明偏差原因`,
  },
  'score-over-max': {
    en: (p) => `Unexpected score ${p.got} for ${p.item ? `budget row “${p.item}”` : q(p.name, 'en')}, expected at most its maximum ${p.max}`,
    zh: (p) => `${p.item ? `预算行“${p.item}”` : q(p.name, 'zh')}得分 ${p.got} 超过其分值 ${p.max}`,
  },
  'score-sum-mismatch': {
    en: (p) => `Unexpected total ${p.total}, expected ${p.sum}, the sum of the ${plural(p.count, 'item score', 'item scores')}`,
    zh: (p) => `总分 ${p.total} 与 ${p.count} 项得分之和 ${p.sum} 不符`,
  },
  'grade-mismatch': {
    en: (p) => `Unexpected grade ${p.grade} for total ${p.total}, expected ${p.expected ? `${p.expected} (${p.band})` : `a grade whose band holds it; none of ${p.grades} does`}`,
    zh: (p) => `总分 ${p.total} 对应的等级应为${p.expected ? `“${p.expected}”（${p.band}）` : `${p.grades} 之外的等级`}，而不是“${p.grade}”`,
  },
  'budget-rate-mismatch': {
    en: (p) => `Unexpected ${p.rateName} ${p.rate}, expected ${p.computed}% (${p.executedName} ${p.executed} ÷ ${p.budgetName} ${p.budget})`,
    zh: (p) => `${p.rateName} ${p.rate} 与计算值 ${p.computed}%（${p.executedName} ${p.executed} ÷ ${p.budgetName} ${p.budget}）不符`,
  },
  // the parser's own diagnostics, as validate shows them in Chinese (the English comes with the document)
  'unparsed-row': { en: (p) => `Unexpected row with a number that fed nothing${p.text ? `: “${p.text}”` : ''}`, zh: (p) => `含数字的行未读入任何指标、预算或得分${p.text ? `：“${p.text}”` : ''}` },
  'unparsed-prose': { en: (p) => `A sentence with a number fed nothing${p.text ? `: “${p.text}”` : ''}`, zh: (p) => `含数字的句子未读入任何数据${p.text ? `：“${p.text}”` : ''}` },
  'unnamed-indicator': { en: () => 'Unexpected indicator row without a name', zh: () => '指标行没有名称' },
  'unreadable-score': { en: (p) => `Unexpected score that is not a number${p.text ? `: “${p.text}”` : ''}`, zh: (p) => `得分不是数字${p.text ? `：“${p.text}”` : ''}` },
  'run-on-table': { en: () => 'Table run onto one line, read as rows cut at class words and values; check the rows', zh: () => '表格挤在一行中，已按指标类别和数值切分成行，请核对' },
  'empty-input': { en: () => 'Unexpected empty document, expected a table or report', zh: () => '文档为空，应为表格或报告' },
  'several-totals': { en: () => 'Several different totals in one document; the total is left empty', zh: () => '一个文档中有多个不同的总分，总分留空' },
  'several-grades': { en: () => 'Several different grades in one document; the grade is left empty', zh: () => '一个文档中有多个不同的评价等级，等级留空' },
  'several-forms': { en: () => 'This file holds several forms, read as one document; parse --split-forms gives one document per form', zh: () => '此文件包含多张表，作为一个文档读取；parse --split-forms 按表分别输出' },
  'repeated-fragment': { en: (p) => `Repeated page-break fragment${p.text ? `: “${p.text}”` : ''}`, zh: (p) => `分页处重复的片段${p.text ? `：“${p.text}”` : ''}` },
  // the command line
  unreadable: { en: (p) => `Cannot read: ${p.reason}`, zh: (p) => `无法读取：${p.reason}` },
  internal: { en: (p) => `Internal error (${p.reason}); please report it with this file`, zh: (p) => `内部错误（${p.reason}）；请连同此文件一起报告` },
  problems: {
    en: (p) => `✖ ${plural(p.count, 'problem', 'problems')} (${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')})`,
    zh: (p) => `✖ 共 ${p.count} 个问题（${p.errors} 个错误，${p.warnings} 个警告）`,
  },
  'too-many-warnings': {
    en: (p) => `gzperf validate: ${plural(p.warnings, 'warning', 'warnings')}, more than --max-warnings ${p.max}`,
    zh: (p) => `gzperf validate：${p.warnings} 个警告，超过 --max-warnings ${p.max}`,
  },
  'no-problems': { en: () => 'no problems', zh: () => '没有问题' },
  'output-is-input': { en: () => 'Cannot write the output over an input; choose another -o file', zh: () => '不能把输出写到输入文件上；请另选 -o 文件' },
  'output-skipped': { en: () => 'Skipped: it is the output file (-o) of this run', zh: () => '已跳过：它是本次运行的输出文件（-o）' },
  'no-input': { en: () => 'No input left to read: the only match is the output file; it is left unchanged', zh: () => '没有可读的输入：唯一匹配的是输出文件，它保持不变' },
  unwritable: { en: (p) => `Cannot write: ${p.reason}`, zh: (p) => `无法写入：${p.reason}` },
  'output-kept': { en: () => 'Left unchanged: no input could be read', zh: () => '未改动：没有任何输入可以读取' },
  'parse.no-indicators': { en: () => 'No indicator found in this document (it has no rows in CSV)', zh: () => '此文档中没有找到任何指标（CSV 中没有它的行）' },
  'xlsx-to-terminal': {
    en: () => 'gzperf parse: -f xlsx writes a binary workbook; name a file with -o FILE.xlsx or redirect stdout',
    zh: () => 'gzperf parse：-f xlsx 生成二进制工作簿；请用 -o 文件名.xlsx 指定文件，或重定向标准输出',
  },
  summary: {
    en: (p) =>
      [plural(p.documents, 'document', 'documents'), `${p.empty} with no indicators`, plural(p.warnings, 'warning', 'warnings')]
        .concat(Number(p.errors) > 0 ? [plural(p.errors, 'error', 'errors')] : [], Number(p.unreadable) > 0 ? [`${p.unreadable} unreadable`] : [], Number(p.failed) > 0 ? [`${p.failed} failed`] : [])
        .join(', '),
    zh: (p) =>
      [`${p.documents} 份文档`, `${p.empty} 份没有指标`, `${p.warnings} 个警告`]
        .concat(Number(p.errors) > 0 ? [`${p.errors} 个错误`] : [], Number(p.unreadable) > 0 ? [`${p.unreadable} 个无法读取`] : [], Number(p.failed) > 0 ? [`${p.failed} 个处理失败`] : [])
        .join('，'),
  },
  // why an input could not be read or an output written (run/fs-errors.ts, run/inputs.ts, run/output.ts)
  'reason.no-file': { en: () => 'no such file', zh: () => '文件不存在' },
  'reason.no-directory': { en: () => 'no such directory', zh: () => '目录不存在' },
  'reason.permission': { en: () => 'permission denied', zh: () => '没有权限' },
  'reason.is-directory': { en: () => 'is a directory, expected a file', zh: () => '是一个目录，应为文件' },
  'reason.not-directory': { en: () => 'a part of the path is not a directory', zh: () => '路径中有一部分不是目录' },
  'reason.link-loop': { en: () => 'too many symbolic links (a link loop?)', zh: () => '符号链接过多（链接循环？）' },
  'reason.name-too-long': { en: () => 'file name too long', zh: () => '文件名过长' },
  'reason.too-many-open': { en: () => 'too many open files', zh: () => '打开的文件过多' },
  'reason.io': { en: () => 'input/output error', zh: () => '输入/输出错误' },
  'reason.no-device': { en: () => 'no such device', zh: () => '设备不存在' },
  'reason.not-ready': { en: () => 'not ready to be read (a non-blocking device?)', zh: () => '尚不能读取（非阻塞设备？）' },
  'reason.busy': { en: () => 'device or resource busy', zh: () => '设备或资源忙' },
  'reason.no-space': { en: () => 'no space left on device', zh: () => '设备上没有剩余空间' },
  'reason.quota': { en: () => 'disk quota exceeded', zh: () => '超出磁盘配额' },
  'reason.read-only': { en: () => 'read-only file system', zh: () => '只读文件系统' },
  'reason.exists': { en: () => 'already exists', zh: () => '已存在' },
  'reason.cross-device': { en: () => 'not on the same file system', zh: () => '不在同一文件系统上' },
  'reason.file-busy': { en: () => 'file busy', zh: () => '文件忙' },
  'reason.file-too-large': { en: () => 'file too large', zh: () => '文件过大' },
  'reason.too-large': {
    en: (p) => `larger than ${p.mib} MiB, the most gzperf reads from one input`,
    zh: (p) => `超过 ${p.mib} MiB，即 gzperf 对单个输入读取的上限`,
  },
  'reason.empty-directory': { en: (p) => `a directory with no file gzperf reads (${p.forms})`, zh: (p) => `目录中没有 gzperf 可读的文件（${p.forms}）` },
  'reason.no-match': { en: () => 'no file matches this pattern', zh: () => '没有文件匹配此模式' },
  'reason.no-stdin': { en: () => 'no standard input', zh: () => '没有标准输入' },
  'reason.in-folder': { en: (p) => `${p.reason} (in its folder, where the output is written first)`, zh: (p) => `${p.reason}（在其所在目录中，输出先写到那里）` },
  // the terminal table
  'table.category': { en: () => 'category', zh: () => '指标类别' },
  'table.name': { en: () => 'name', zh: () => '指标名称' },
  'table.target': { en: () => 'target', zh: () => '指标值' },
  'table.achieved': { en: () => 'achieved', zh: () => '完成值' },
  'table.score': { en: () => 'score', zh: () => '得分/分值' },
  'table.status': { en: () => 'status', zh: () => '状态' },
  'table.budget-item': { en: () => 'budget item', zh: () => '预算项目' },
  'table.column': { en: () => 'column', zh: () => '栏目' },
  'table.as-written': { en: () => 'as written', zh: () => '原文' },
  'table.amount': { en: () => 'amount', zh: () => '金额' },
  'table.line': { en: () => 'line', zh: () => '行' },
  'table.no-indicators': { en: () => '(no indicators)', zh: () => '（没有指标）' },
  'table.no-title': { en: () => '(no title)', zh: () => '（无标题）' },
  'table.no-department': { en: () => 'no department', zh: () => '无单位' },
  'table.no-year': { en: () => 'no year', zh: () => '无年度' },
  'table.score-none': { en: () => 'score: none', zh: () => '评分：无' },
  'table.score-line': { en: (p) => `score: total ${p.total ?? '-'} · grade ${p.grade ?? '-'}`, zh: (p) => `评分：总分 ${p.total ?? '-'} · 等级 ${p.grade ?? '-'}` },
  'table.diagnostics': {
    en: (p) => `${plural(p.count, 'diagnostic', 'diagnostics')}${Number(p.errors) > 0 ? ` (${plural(p.errors, 'error', 'errors')})` : ''}`,
    zh: (p) => `${p.count} 条诊断${Number(p.errors) > 0 ? `（${p.errors} 个错误）` : ''}`,
  },
  'status.met': { en: () => 'met', zh: () => '达成' },
  'status.not-met': { en: () => 'not-met', zh: () => '未达成' },
  'status.unknown': { en: () => 'unknown', zh: () => '未知' },
  'severity.error': { en: () => 'error', zh: () => '错误' },
  'severity.warning': { en: () => 'warning', zh: () => '警告' },
  'severity.info': { en: () => 'info', zh: () => '提示' },
} satisfies Record<string, { en: Text; zh: Text }>;

export type MessageId = keyof typeof CATALOGUE;
