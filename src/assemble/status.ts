// Target and achieved quantities → status and completion (SPEC §5).
//   target ≥15家, achieved 31家 → { status: 'met', completion: 2.0667 }
import type { Quantity } from '../schema.js';

export interface Outcome {
  status: 'met' | 'not-met' | 'unknown';
  completion: number | null;
}

const UNKNOWN: Outcome = { status: 'unknown', completion: null };

export function outcome(target: Quantity | null, achieved: Quantity | null): Outcome {
  if (!target || !achieved || target.op === 'text' || achieved.op === 'text') return UNKNOWN;
  if (target.unit !== achieved.unit) return UNKNOWN;
  const got = achieved.op === 'range' ? achieved.min : achieved.value;
  if (target.op === 'range') {
    return { status: got >= target.min && got <= target.max ? 'met' : 'not-met', completion: ratio(got, target.min) };
  }
  const want = target.value;
  switch (target.op) {
    case 'gte':
    case 'eq':
      return { status: got >= want ? 'met' : 'not-met', completion: ratio(got, want) };
    case 'gt':
      return { status: got > want || (got === want && achieved.op === 'gt') ? 'met' : 'not-met', completion: ratio(got, want) };
    case 'approx':
      return { status: got >= want * 0.9 ? 'met' : 'not-met', completion: ratio(got, want) };
    case 'lte':
      return { status: got <= want ? 'met' : 'not-met', completion: ratio(want, got) };
    case 'lt':
      return { status: got < want ? 'met' : 'not-met', completion: ratio(want, got) };
  }
}

/** a ÷ b rounded to 4 decimals so output is stable; null when b is 0. */
function ratio(a: number, b: number): number | null {
  if (b === 0) return a === 0 ? 1 : null;
  return Math.round((a / b) * 10000) / 10000;
}
