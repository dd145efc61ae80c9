// A target form followed by the self-evaluation of the same project in one file names every indicator twice.
//   目标表: 培训人次 | ≥500人次      自评表: 培训人次 | ≥500人次 | 520人次 | 10 | 10
//   → one indicator, the self-evaluation's, with the target form's target where the self-evaluation left it out.
import type { Draft } from './collector.js';

export function mergeRepeatedForms(drafts: readonly Draft[]): Draft[] {
  // Only a file holding both planned and evaluated rows can repeat one as the other.
  const planned = drafts.some((d) => d.achieved === null && d.got === null && d.max === null);
  if (!planned || !drafts.some((d) => d.achieved !== null || d.got !== null)) return [...drafts];
  const plans = new Map<string, Draft[]>();
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    const key = `${d.group ?? ''}\u0000${d.name.replace(/\s+/g, '')}`;
    const earlier = plans.get(key) ?? [];
    const evaluated = d.achieved !== null || d.got !== null;
    // The earlier row only planned the indicator: a target, no result and no score.
    const plan = evaluated && d.name !== '' ? earlier.find((e) => !dropped.has(e) && sameClass(e, d)) : undefined;
    if (plan) {
      dropped.add(plan);
      d.target ??= plan.target;
      d.periodTarget ??= plan.periodTarget;
    }
    if (!evaluated && d.max === null) earlier.push(d);
    plans.set(key, earlier);
  }
  return dropped.size === 0 ? [...drafts] : drafts.filter((d) => !dropped.has(d));
}

function sameClass(a: Draft, b: Draft): boolean {
  return a.category.length === 0 || b.category.length === 0 || a.category.join('/') === b.category.join('/');
}
