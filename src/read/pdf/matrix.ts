// PDF transformation matrices [a b c d e f], as the content stream's cm and Tm operators write them:
//   multiply([1,0,0,1,10,0], [2,0,0,2,0,0]) → [2,0,0,2,10,0]; apply([2,0,0,2,10,0], 1, 1) → [12, 2]
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: n applied first, then m (a point in n's space to m's outer space). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Six finite numbers, as an array or the Float32Array pdf.js hands some matrices over in. */
export function isMatrix(value: unknown): value is Matrix {
  const list = Array.isArray(value) || ArrayBuffer.isView(value) ? (value as unknown as ArrayLike<unknown>) : null;
  return list !== null && list.length === 6 && Array.from(list).every((v) => typeof v === 'number' && Number.isFinite(v));
}

export function toMatrix(value: Matrix): Matrix {
  return Array.from(value) as Matrix;
}
