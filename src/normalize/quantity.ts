// Value cell → normalized quantity (SPEC §4). PLACEHOLDER: replaced by the normalizer work.
//   '≥1500家次' → { op: 'gte', value: 1500, unit: '家次' }
import type { Quantity } from '../schema.js';
import type { QuantityContext } from './context.js';

export function normalizeQuantity(raw: string, _context: QuantityContext = {}): Quantity {
  return { raw: String(raw ?? '').trim(), op: 'text', unit: null };
}
