// Indicators that lack what the form asks for: none at all, no target, no achieved value, no reason.
//   indicator { name: '运行监测样本数量', target: null, line: 20 } → missing-target warning at line 20
import type { Indicator, ParsedDocument } from '../schema.js';
import { say } from '../messages/index.js';
import type { Rule } from './types.js';

/**
 * A row the form gives no target column: a scoring-frame row (评分表 三级指标, 加减分) that has a score and
 * no values, or the budget grid's 预算执行率, whose value is the grid's own rate.
 */
export function isScoringRow(i: Indicator, doc: ParsedDocument): boolean {
  const scoreOnly = i.score !== null && i.target === null && i.periodTarget === null && i.achieved === null;
  return scoreOnly || doc.budget.some((b) => b.line === i.line);
}

// Text that fills the reason column without giving a reason: none, n/a, or the status restated.
const NO_REASON = new Set(['', '无', '暂无', '没有', '否', '无偏差', '不适用', '无此项', '已达标', '达标', '已完成', '完成', '未完成', '未达标', '未达到', '/', '-', '—', '--', '——']);

export function hasReason(detail: string | null): boolean {
  if (detail === null) return false;
  // Several columns (未达标原因；改进措施) arrive joined by ；.
  const parts = detail.split(/[;；\n]/).map((p) => p.replace(/[\s。.,，、]/g, ''));
  return parts.some((p) => !NO_REASON.has(p));
}

export const noIndicators: Rule = {
  id: 'no-indicators',
  severity: 'error',
  check: (doc) =>
    doc.indicators.length > 0
      ? []
      : [{ severity: 'error', code: 'no-indicators', line: 0, message: say('no-indicators') }],
};

export const missingTarget: Rule = {
  id: 'missing-target',
  severity: 'warning',
  check: (doc) =>
    doc.indicators
      .filter((i) => i.target === null && i.periodTarget === null && !isScoringRow(i, doc))
      .map((i) => ({ severity: 'warning', code: 'missing-target', line: i.line, message: say('missing-target', { name: i.name }), params: { name: i.name } })),
};

export const missingAchieved: Rule = {
  id: 'missing-achieved',
  severity: 'warning',
  check: (doc) =>
    !doc.document.kind.endsWith('-evaluation')
      ? []
      : doc.indicators
          .filter((i) => i.achieved === null && !isScoringRow(i, doc))
          .map((i) => ({ severity: 'warning', code: 'missing-achieved', line: i.line, message: say('missing-achieved', { name: i.name }), params: { name: i.name } })),
};

export const notMetUnexplained: Rule = {
  id: 'not-met-unexplained',
  severity: 'warning',
  check: (doc) =>
    doc.indicators
      .filter((i) => i.status === 'not-met' && !hasReason(i.detail))
      .map((i) => {
        const params = { name: i.name, achieved: i.achieved?.raw, target: i.target?.raw ?? i.periodTarget?.raw };
        return { severity: 'warning', code: 'not-met-unexplained', line: i.line, message: say('not-met-unexplained', params), params };
      }),
};
