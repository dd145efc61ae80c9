// One PDF page → its text runs and its ruling lines, both in top-down page points:
//   BT (工业投资) Tj … 56 771 m 595 771 l S  →  runs [{ text: '工业投资', x0: 57, x1: 93, y: 70, size: 9 }],
//   rules { h: [{ at: 70.6, from: 56.5, to: 595.7 }], v: [] }
import { apply, isMatrix, multiply, toMatrix, type Matrix } from './matrix.js';
import { outsideRuns, type FontInfo } from './off-page.js';
import type { Pdfjs } from './pdfjs.js';

export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
}

/** A horizontal (at = y) or vertical (at = x) segment from `from` to `to`. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  no: number;
  width: number;
  height: number;
  runs: Run[];
  /** Text drawn outside the page's box (which pdf.js's text content leaves out); the layout keeps what lines up. */
  outside: Run[];
  h: Rule[];
  v: Rule[];
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

// A filled rectangle thinner than this is a drawn line (Word draws borders so); a segment this far off axis is not.
const THIN = 2.5;
const SKEW = 0.8;

export async function readPage(pdfjs: Pdfjs, page: PdfPage, no: number): Promise<PageContent> {
  const view = page.getViewport({ scale: 1 });
  const vt = view.transform as Matrix;
  const content = await page.getTextContent({ disableNormalization: false });
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const m = multiply(vt, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    const [x, y] = [m[4], m[5]];
    runs.push({ text: item.str, x0: x, x1: x + Math.max(item.width, 0), y, size });
  }
  const ops = await page.getOperatorList();
  const { h, v } = rulesOf(pdfjs, ops.fnArray, ops.argsArray, vt);
  const outside = outsideRuns(pdfjs, ops.fnArray, ops.argsArray, { view: page.view, vt, fontOf: (name) => fontOf(page, name) })
    .map((r) => ({ ...r, text: pdfjs.normalizeUnicode(r.text).trim() }))
    .filter((r) => r.text !== '');
  return { no, width: view.width, height: view.height, runs, outside, h, v };
}

/** Walks the operator list keeping the transform, and keeps the axis-aligned segments that are stroked or thin. */
function rulesOf(pdfjs: Pdfjs, fns: number[], args: unknown[][], base: Matrix): { h: Rule[]; v: Rule[] } {
  const { OPS } = pdfjs;
  const stroking = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const filling = new Set<number>([OPS.fill, OPS.eoFill]);
  const stack: Matrix[] = [];
  let ctm = base;
  const out = { h: [] as Rule[], v: [] as Rule[] };
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i]!;
    const a = args[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? base;
    else if (fn === OPS.transform && isMatrix(a)) ctm = multiply(ctm, toMatrix(a));
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      // pdf.js hands the form's matrix over as a Float32Array.
      if (isMatrix(a[0])) ctm = multiply(ctm, toMatrix(a[0]));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? base;
    else if (fn === OPS.constructPath) {
      const paint = a[0] as number;
      const path = (a[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!path || (!stroking.has(paint) && !filling.has(paint))) continue;
      addPath(path, ctm, stroking.has(paint), out);
    }
  }
  return out;
}

/** The segments of one path: every straight piece when stroked, and thin rectangles when only filled. */
function addPath(path: ArrayLike<number>, ctm: Matrix, stroked: boolean, out: { h: Rule[]; v: Rule[] }): void {
  const pts: [number, number][][] = [];
  let cur: [number, number][] = [];
  for (let i = 0; i < path.length; ) {
    const op = path[i++]!;
    if (op === 0 || op === 1) {
      const p = apply(ctm, path[i]!, path[i + 1]!);
      i += 2;
      if (op === 0 && cur.length > 0) pts.push(cur), (cur = []);
      cur.push(p);
    } else if (op === 2 || op === 3) {
      // A curve is no rule: the straight pieces around it are kept apart.
      const n = op === 2 ? 6 : 4;
      if (cur.length > 0) pts.push(cur);
      cur = [apply(ctm, path[i + n - 2]!, path[i + n - 1]!)];
      i += n;
    } else if (op === 4) {
      if (cur.length > 0) cur.push(cur[0]!);
    } else break;
  }
  if (cur.length > 0) pts.push(cur);
  for (const sub of pts) {
    if (stroked) for (let k = 1; k < sub.length; k++) addSegment(sub[k - 1]!, sub[k]!, out);
    else addThin(sub, out);
  }
}

function addSegment([x1, y1]: [number, number], [x2, y2]: [number, number], out: { h: Rule[]; v: Rule[] }): void {
  if (Math.abs(y1 - y2) < SKEW && Math.abs(x1 - x2) > SKEW) out.h.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
  else if (Math.abs(x1 - x2) < SKEW && Math.abs(y1 - y2) > SKEW) out.v.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
}

function addThin(sub: [number, number][], out: { h: Rule[]; v: Rule[] }): void {
  const xs = sub.map((p) => p[0]);
  const ys = sub.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < THIN && x1 - x0 > THIN) out.h.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (x1 - x0 < THIN && y1 - y0 > THIN) out.v.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
}

/** The font the operator list names, once pdf.js has loaded it (null when it could not). */
function fontOf(page: PdfPage, name: string): FontInfo | null {
  try {
    const font = page.commonObjs.get(name) as FontInfo | null | undefined;
    return font && typeof font === 'object' ? font : null;
  } catch {
    return null;
  }
}
