// A money unit the document or a table states once: 单位：万元, 金额单位：元.
//   '单位：万元' → c.docUnit = '万元'
import type { Collector } from './collector.js';

// 单位：万元, 金额单位：元, and a key–value row's '金额单位 | 万元'.
const DOC_UNIT = /(?:(?:金额|资金|预算)单位\s*[：:]?|单位\s*[：:])\s*(万亿元|亿元|百万元|千元|万元|元)(?![\u4e00-\u9fa5])/;

export function detectDocUnit(text: string, c: Collector, line: number): boolean {
  // Most rows and paragraphs lack 单位: includes() rules them out faster than the regex.
  const m = text.includes('单位') ? DOC_UNIT.exec(text) : null;
  if (!m) return false;
  c.docUnit = m[1] ?? null;
  c.used.add(line);
  return true;
}
