// A cell holding a numbered list of indicators → one draft per item, in the table's group.
//   '1、产出指标：养护里程，年度指标值：120公里。' → Draft { name: '养护里程', category: ['产出指标'], target: '120公里' }
import { enumeratedItems } from '../extract/enumerated.js';
import { classLabel, classPath } from './taxonomy.js';
import { emptyDraft, type Collector, type Draft } from './collector.js';
import type { TableState } from './indicator-rows.js';

export function readEnumerated(cell: string, line: number, t: TableState, c: Collector): boolean {
  const items = enumeratedItems(cell);
  if (items.length === 0) {
    const fragment = cell.replace(/[。；;\s]+$/, '');
    if (fragment && t.lastIndicatorsCell.includes(fragment)) {
      c.notes.push({ severity: 'info', code: 'repeated-fragment', line, message: 'Row repeats the end of the row above; skipped', text: cell });
      c.used.add(line);
      return true;
    }
    return false;
  }
  t.lastIndicatorsCell = cell;
  c.layouts.add('enumerated');
  for (const item of items) {
    const draft: Draft = emptyDraft(line);
    draft.name = item.name;
    draft.group = t.group;
    draft.category = categoryOf(item.label);
    draft.target = item.values.target ?? null;
    draft.periodTarget = item.values.periodTarget ?? null;
    draft.achieved = item.values.achieved ?? null;
    c.drafts.push(draft);
  }
  c.used.add(line);
  return true;
}

/** A class label or path as the list wrote it → the category: 数量指标 → [产出指标, 数量指标]; 产出指标—数量指标 likewise. */
function categoryOf(written: string): string[] {
  if (written === '') return [];
  const label = classLabel(written);
  if (label) return label.parent ? [label.parent, label.label] : [label.label];
  return classPath(written) ?? [written];
}
