// A run pdf.js drew as one item across a table's column line, at a space, → one run for each cell it stands in:
//   '年度指标值 实际完成值' from x 347 to 457 over the line at 402  →  '年度指标值' (347–399), '实际完成值' (405–457)
import type { Run } from './page.js';

/** The cell a point stands in (any key that tells cells apart), or null outside every table. */
export type CellAt = (x: number, y: number) => string | null;

/** The run itself, or its pieces when words of it stand in different cells. */
export function splitAcross(run: Run, cellAt: CellAt): Run[] {
  const words = run.text.trim().split(/\s+/u);
  if (words.length < 2) return [run];
  const y = run.y - run.size * 0.3;
  const pieces = placeWords(run, words);
  const cells = pieces.map((p) => cellAt(p.x0 + Math.min(p.x1 - p.x0, run.size) / 2, y));
  if (cells.every((c) => c === cells[0])) return [run];
  // Words in one cell stay one run, from the first's start to the last's end.
  const out: Run[] = [];
  pieces.forEach((p, i) => {
    const last = out[out.length - 1];
    if (last && cells[i] === cells[i - 1]) Object.assign(last, { text: `${last.text} ${p.text}`, x1: p.x1 });
    else out.push({ ...run, text: p.text, x0: p.x0, x1: p.x1 });
  });
  return out;
}

/** Where each word stands: a full-width character an em wide, others half, the room left shared by the gaps. */
function placeWords(run: Run, words: string[]): { text: string; x0: number; x1: number }[] {
  const widths = words.map((w) => [...w].reduce((s, ch) => s + (wide(ch) ? 1 : 0.5), 0) * run.size);
  const scale = Math.min(1, (run.x1 - run.x0) / widths.reduce((s, w) => s + w, 0));
  const gap = Math.max(0, run.x1 - run.x0 - widths.reduce((s, w) => s + w * scale, 0)) / (words.length - 1);
  let x = run.x0;
  return words.map((text, i) => {
    const x0 = x;
    x += widths[i]! * scale + gap;
    return { text, x0, x1: x0 + widths[i]! * scale };
  });
}

function wide(ch: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch);
}
