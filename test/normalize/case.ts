// Case rows for the normalizer tests and the compact expectation they are written in.
//   'gte 1500 家次' → { op: 'gte', value: 1500, unit: '家次' };  'range 2..3 家 parts=2' → min 2, max 3, two parts
import type { QuantityContext } from '../../src/normalize/context.js';
import type { Quantity } from '../../src/schema.js';

export interface Shape {
  op: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string | null;
  hedge?: string;
  parts?: number;
}

/** [case name, cell text, expectation, context?] */
export type Row = readonly [string, string, string, QuantityContext?];

export interface GoldCase {
  readonly doc: string;
  readonly column: string;
  readonly raw: string;
  readonly context: QuantityContext;
  readonly expect: { op: string; value?: number; min?: number; max?: number; unit: string | null };
  readonly note?: string;
}

/** 'op [value | min..max] [unit] [hedge=W] [parts=N]' → the shape a Q must have. */
export function parseShape(spec: string): Shape {
  const [op = '', ...rest] = spec.split(' ');
  const shape: Shape = { op, unit: null };
  for (const token of rest) {
    if (token.startsWith('hedge=')) shape.hedge = token.slice(6);
    else if (token.startsWith('parts=')) shape.parts = Number(token.slice(6));
    else if (/^-?[\d.]+\.\.-?[\d.]+$/.test(token)) {
      const [min, max] = token.split('..');
      shape.min = Number(min);
      shape.max = Number(max);
    } else if (/^-?\d+(\.\d+)?(e\d+)?$/.test(token)) shape.value = Number(token);
    else shape.unit = token;
  }
  return order(shape);
}

/** The parts of a Q a case speaks about, in one fixed key order. */
export function shapeOf(q: Quantity): Shape {
  const shape: Shape = { op: q.op, unit: q.unit };
  if (q.value !== undefined) shape.value = q.value;
  if (q.min !== undefined) shape.min = q.min;
  if (q.max !== undefined) shape.max = q.max;
  if (q.hedge !== undefined) shape.hedge = q.hedge;
  if (q.parts !== undefined) shape.parts = q.parts.length;
  return order(shape);
}

function order(s: Shape): Shape {
  const out: Shape = { op: s.op, unit: s.unit };
  for (const k of ['value', 'min', 'max', 'hedge', 'parts'] as const) if (s[k] !== undefined) Object.assign(out, { [k]: s[k] });
  return out;
}

/** Op, number(s) and unit only: what the gold scores. */
export function coreOf(q: Quantity): GoldCase['expect'] {
  const core: GoldCase['expect'] = { op: q.op, unit: q.unit };
  if (q.value !== undefined) core.value = q.value;
  if (q.min !== undefined) core.min = q.min;
  if (q.max !== undefined) core.max = q.max;
  return core;
}
