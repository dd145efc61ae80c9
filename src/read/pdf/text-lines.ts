// Text runs → lines of text, top to bottom, each run joined to its neighbour by a space only where a gap shows:
//   [{ '工业', x0 10 }, { '投资', x0 28 }, { '551.6', x0 80 }] on one baseline → '工业投资 551.6'
import { breakJoiner } from '../../extract/width.js';
import type { Run } from './page.js';

export interface TextLine {
  runs: Run[];
  y: number;
  x0: number;
  x1: number;
  size: number;
}

// Runs whose baselines differ by less than this share of the font size are on one line.
const SAME_LINE = 0.45;
// A gap wider than this share of the font size is a space; between Chinese and Latin letters or digits, where
// Word and LibreOffice add a little room of their own (autospace), only a wider one is.
const SPACE_GAP = 0.18;
const AUTOSPACE_GAP = 0.27;
// A gap this wide (in font sizes) is no space a typesetter makes: the file drew ideographic spaces (U+3000) there.
const WIDE_GAP = 0.8;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const LATIN = /[A-Za-z0-9]/;
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

export function textLines(runs: readonly Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const run of sorted) {
    const line = lines.length > 0 ? lines[lines.length - 1]! : null;
    if (line && Math.abs(run.y - line.y) <= SAME_LINE * Math.max(run.size, line.size)) {
      line.runs.push(run);
      line.x0 = Math.min(line.x0, run.x0);
      line.x1 = Math.max(line.x1, run.x1);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ runs: [run], y: run.y, x0: run.x0, x1: run.x1, size: run.size });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** The text of a line, a space where the runs stand apart. */
export function lineText(line: TextLine): string {
  let out = '';
  let end = -Infinity;
  for (const run of line.runs) {
    const gap = run.x0 - end;
    // Autospace stands between Chinese and Latin letters or digits only: after a sign ('# 标题') a gap is a space.
    const [before, after] = [out.slice(-1), run.text.charAt(0)];
    const mixed = (CJK.test(before) && LATIN.test(after)) || (LATIN.test(before) && CJK.test(after));
    // A gap a character wide is what an ideographic space leaves (pdf.js reports none): one per character's width.
    if (out && gap >= WIDE_GAP * run.size) out = out.trimEnd() + '\u3000'.repeat(Math.max(1, Math.round(gap / run.size)));
    else if (out && gap > (mixed ? AUTOSPACE_GAP : SPACE_GAP) * run.size && !out.endsWith(' ') && !run.text.startsWith(' ')) out += ' ';
    out += out.endsWith('\u3000') ? run.text.trimStart() : run.text;
    end = Math.max(end, run.x1);
  }
  return out.replace(/[^\S\u3000]+/g, ' ').trim();
}

/** The lines of a wrapped cell or paragraph as one text: Chinese joins directly, words with a space. */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const text of lines) {
    if (!text) continue;
    // A narrow cell breaks a figure before its decimal point or thousands comma too (1,058 | .35), and Chinese text
    // breaks at a sign as readily as between characters (≥* | *吨/日): only two words of letters part with a space.
    const figure = /\d$/.test(out) && /^[.,]\d/.test(text);
    const sign = CJK.test(out + text) && (!WORD_END.test(out) || !WORD_START.test(text));
    out = out ? out + (figure || sign ? '' : breakJoiner(out, text)) + text : text;
  }
  return out;
}

/** About how wide a line's first word is: up to its first space or the first place between two Chinese characters. */
export function firstWordWidth(line: TextLine): number {
  let width = 0;
  let prev = '';
  for (const run of line.runs) {
    for (const ch of run.text) {
      if (/\s/u.test(ch) || (CJK.test(prev) && CJK.test(ch))) return width;
      width += (CJK.test(ch) ? 1 : 0.5) * run.size;
      prev = ch;
    }
  }
  return width;
}
