// A cell holding a numbered list of indicators → one draft per item, in the table's group.
//   '1、产出指标：养护里程，年度指标值：120公里。' → Draft { name: '养护里程', category: ['产出指标'], target: '120公里' }
import { enumeratedItems } from '../extract/enumerated.js';
import { classLabel } from './taxonomy.js';
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
    const label = classLabel(item.label);
    draft.name = item.name;
    draft.group = t.group;
    draft.category = label ? (label.parent ? [label.parent, label.label] : [label.label]) : [item.label];
    draft.target = item.values.target ?? null;
    draft.periodTarget = item.values.periodTarget ?? null;
    draft.achieved = item.values.achieved ?? null;
    c.drafts.push(draft);
  }
  c.used.add(line);
  return true;
}
