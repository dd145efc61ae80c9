// Drafts → typed indicators and budget items: every value normalized, status and completion computed.
//   Draft { target: '≥15家', achieved: '31家' } → Indicator { target: Q, achieved: Q, status: 'met', completion: 2.0667 }
import type { BudgetItem, Indicator, Quantity } from '../schema.js';
import { normalizeQuantity } from '../normalize/quantity.js';
import type { QuantityContext } from '../normalize/context.js';
import type { BudgetDraft, Draft } from './collector.js';
import { outcome } from './status.js';

function context(name: string, unit: string | null, target: string | null): QuantityContext {
  const ctx: QuantityContext = {};
  if (name) ctx.name = name;
  if (unit) ctx.unit = unit;
  if (target) ctx.target = target;
  return ctx;
}

function quantity(raw: string | null, ctx: QuantityContext): Quantity | null {
  return raw === null || raw.trim() === '' ? null : normalizeQuantity(raw, ctx);
}

// 250万 where the document counts money in 万元: the scale is the money's, so the unit is 元.
const BARE_SCALE = /\d\s*[万亿]$/;

function moneyScale(q: Quantity | null, docUnit: string | null): Quantity | null {
  if (!q || q.op === 'text' || q.unit !== null || !docUnit?.endsWith('元') || !BARE_SCALE.test(q.raw.trim())) return q;
  return { ...q, unit: '元' };
}

export function buildIndicator(d: Draft, docUnit: string | null = null): Indicator {
  const target = moneyScale(quantity(d.target, context(d.name, d.unit, null)), docUnit);
  const periodTarget = quantity(d.periodTarget, context(d.name, d.unit, null));
  const achieved = quantity(d.achieved, context(d.name, d.unit, d.target ?? d.periodTarget));
  const { status, completion } = outcome(target, achieved);
  return {
    name: d.name,
    group: d.group,
    category: d.category,
    target,
    periodTarget,
    achieved,
    score: d.max === null && d.got === null ? null : { max: d.max, got: d.got },
    detail: d.detail,
    status,
    completion,
    line: d.line,
  };
}

export function buildBudgetItem(b: BudgetDraft): BudgetItem {
  return { item: b.item, column: b.column, amount: normalizeQuantity(b.raw, b.unit ? { unit: b.unit } : {}), line: b.line };
}
