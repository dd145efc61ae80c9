// Text the file draws outside the page's box: pdf.js's text content leaves out every glyph past the page's view, but a
// wide table run past the right edge still holds its cells' words. Walking the text operators the way pdf.js places
// glyphs gives back exactly the glyphs it left out:
//   595-point page, BT 560 700 Td (≥600) Tj ET → text content '≥60'; outsideRuns → [{ text: '0', x0: 595.6, … }]
import { apply, IDENTITY, isMatrix, multiply, toMatrix, type Matrix } from './matrix.js';
import type { Run } from './page.js';
import type { Pdfjs } from './pdfjs.js';

/** What the operator list says of a font (pdf.js's font object, as far as placing glyphs goes). */
export interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
}

interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
  vmetric?: number[];
}

interface TextState {
  ctm: Matrix;
  font: FontInfo | null;
  size: number;
  dir: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  tm: Matrix;
  x: number;
  y: number;
}

interface Page {
  /** The page's view (CropBox within MediaBox) in user space: [x0, y0, x1, y1]. */
  view: readonly number[];
  /** User space → top-down page points. */
  vt: Matrix;
  fontOf: (name: string) => FontInfo | null;
}

export function outsideRuns(pdfjs: Pdfjs, fns: readonly number[], args: readonly unknown[][], page: Page): Run[] {
  const { OPS } = pdfjs;
  const stack: TextState[] = [];
  let s: TextState = { ctm: IDENTITY, font: null, size: 0, dir: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, tm: IDENTITY, x: 0, y: 0 };
  let annotations = 0;
  const out: Run[] = [];
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i]!;
    const a = args[i] ?? [];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push({ ...s });
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) s = stack.pop() ?? s;
    else if (fn === OPS.transform) s.ctm = isMatrix(a) ? multiply(s.ctm, toMatrix(a)) : s.ctm;
    else if (fn === OPS.paintFormXObjectBegin && isMatrix(a[0])) s.ctm = multiply(s.ctm, toMatrix(a[0]));
    // An annotation's appearance is no part of the page's text content (pdf.js reads neither side of the box).
    else if (fn === OPS.beginAnnotation) annotations++;
    else if (fn === OPS.endAnnotation) annotations = Math.max(0, annotations - 1);
    else if (fn === OPS.showText) show(s, (a[0] ?? []) as (Glyph | number)[], page, annotations === 0 ? out : null);
    else textState(OPS, fn, a, s, page);
  }
  return out;
}

/** The operators that set where the next glyph goes and how big it is (as pdf.js's canvas keeps them). */
function textState(OPS: Pdfjs['OPS'], fn: number, a: unknown[], s: TextState, page: Page): void {
  const n = (k: number): number => (typeof a[k] === 'number' ? (a[k] as number) : 0);
  if (fn === OPS.beginText) Object.assign(s, { tm: IDENTITY, x: 0, y: 0 });
  else if (fn === OPS.setTextMatrix) Object.assign(s, { tm: isMatrix(a[0]) ? toMatrix(a[0]) : isMatrix(a) ? toMatrix(a) : IDENTITY, x: 0, y: 0 });
  else if (fn === OPS.moveText) moveText(s, n(0), n(1));
  else if (fn === OPS.setLeadingMoveText) (s.leading = n(1)), moveText(s, n(0), n(1));
  else if (fn === OPS.nextLine) moveText(s, 0, s.leading);
  else if (fn === OPS.setLeading) s.leading = -n(0);
  else if (fn === OPS.setCharSpacing) s.charSpacing = n(0);
  else if (fn === OPS.setWordSpacing) s.wordSpacing = n(0);
  else if (fn === OPS.setHScale) s.hScale = n(0) / 100;
  else if (fn === OPS.setTextRise) s.rise = n(0);
  else if (fn === OPS.setFont) setFont(s, page, String(a[0]), n(1));
  else if (fn === OPS.setGState && Array.isArray(a[0])) {
    for (const entry of a[0] as unknown[]) {
      if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1])) setFont(s, page, String(entry[1][0]), Number(entry[1][1]) || 0);
    }
  }
}

function setFont(s: TextState, page: Page, name: string, size: number): void {
  s.font = page.fontOf(name);
  s.size = Math.abs(size);
  s.dir = size < 0 ? -1 : 1;
}

// Td moves from the start of the current line, which Tm and BT set and each Td moves on.
function moveText(s: TextState, x: number, y: number): void {
  s.tm = multiply(s.tm, [1, 0, 0, 1, x, y]);
  s.x = 0;
  s.y = 0;
}

/** Places one string's glyphs, keeping (in `out`) the runs of those pdf.js's text content left out. */
function show(s: TextState, glyphs: readonly (Glyph | number)[], page: Page, out: Run[] | null): void {
  if (!s.font || s.size === 0) return;
  const vertical = s.font.vertical === true;
  const scale = s.size * (s.font.fontMatrix?.[0] ?? 0.001);
  const hs = s.hScale * s.dir;
  const text = multiply(s.ctm, s.tm);
  const toPage = multiply(page.vt, text);
  const size = Math.hypot(toPage[2], toPage[3]) * s.size;
  let run: Run | null = null;
  // How far the pen has gone along the line (down the column for a vertical font), in text space.
  let pen = 0;
  for (const g of glyphs) {
    if (typeof g === 'number') {
      pen += ((vertical ? g : -g) * s.size) / 1000;
      continue;
    }
    const spacing = ((g.isSpace ? s.wordSpacing : 0) + s.charSpacing) * s.dir;
    const width = vertical ? (g.vmetric ? g.vmetric[0]! : -g.width) * scale : g.width * scale;
    const at = (d: number): [number, number] => (vertical ? apply(text, s.x, s.y + s.rise - d) : apply(text, s.x + d * hs, s.y + s.rise));
    const [ux, uy] = at(pen);
    const blank = (g.unicode ?? '').trim() === '';
    if (out && !blank && outside(page.view, ux, uy, width, vertical)) {
      const [x0, y] = apply(page.vt, ux, uy);
      const x1 = vertical ? x0 + size : apply(page.vt, ...at(pen + width))[0];
      // A glyph right after the last one goes on in its run; any other starts a run of its own.
      if (run && !vertical && Math.abs(run.y - y) < size * 0.1 && Math.abs(x0 - run.x1) < size * 0.3) (run.text += g.unicode), (run.x1 = Math.max(run.x1, x1));
      else out.push((run = { text: g.unicode, x0: Math.min(x0, x1), x1: Math.max(x0, x1), y, size }));
    } else if (!blank) run = null;
    else if (run) run.text += ' ';
    pen += vertical ? -width - spacing : width + spacing;
  }
  if (vertical) s.y -= pen;
  else s.x += pen * hs;
}

/** pdf.js's own test for leaving a glyph out of the text content: its origin past the view (its width past the left edge). */
function outside(view: readonly number[], x: number, y: number, width: number, vertical: boolean): boolean {
  const [v0, v1, v2, v3] = view as [number, number, number, number];
  if (vertical) return x < v0 || x > v2 || y + width < v1 || y > v3;
  return x + width < v0 || x > v2 || y < v1 || y > v3;
}
