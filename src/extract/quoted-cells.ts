// Rows copied out of Excel or WPS: a cell holding a line break comes wrapped in double quotes, the break inside
// it, and a quote inside the cell doubled — so one row spans several lines.
//   '产出指标\t"新建\n实训室"\t≥4个'  → '产出指标\t新建实训室\t≥4个' on the first line, the second left blank
//   '"""三公""经费"\t≤12万元'        → '"三公"经费\t≤12万元'
// Lines keep their numbers: a row's continuation lines become blank. A quote that does not follow Excel's rules
// ('"三公"经费' typed by hand) leaves the line as written.

import { breakJoiner } from './width.js';

// A row longer than this many lines is not a quoted cell but a stray quote.
const MAX_LINES = 30;

export function joinQuotedCells(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!line.includes('"') || !line.includes('\t')) continue;
    const row = readRow(out, i);
    if (!row) continue;
    out[i] = row.cells.join('\t');
    for (let k = i + 1; k <= row.last; k++) out[k] = '';
    i = row.last;
  }
  return out;
}

/** The cells of the row starting at line i, read by Excel's quoting rules, or null when a quote breaks them. */
function readRow(lines: readonly string[], i: number): { cells: string[]; last: number } | null {
  const cells: string[] = [];
  let last = i;
  let text = lines[i]!;
  let at = 0;
  let quoted = false;
  while (true) {
    if (text.charCodeAt(at) !== 0x22) {
      // A plain cell: up to the next tab or the end of the line.
      const tab = text.indexOf('\t', at);
      cells.push(text.slice(at, tab < 0 ? text.length : tab));
      if (tab < 0) break;
      at = tab + 1;
      continue;
    }
    // A quoted cell: doubled quotes are quotes; a quote before a tab or the end of the line closes it.
    let cell = '';
    let j = at + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q < 0) {
        // The line ends inside the cell: the break belongs to it.
        if (last - i >= MAX_LINES || last + 1 >= lines.length) return null;
        // The break joins the pieces as a wrap does: nothing between Chinese characters, else a space.
        cell += text.slice(j);
        cell += breakJoiner(cell, lines[last + 1]!);
        text = lines[++last]!;
        j = 0;
        continue;
      }
      cell += text.slice(j, q);
      if (text.charCodeAt(q + 1) === 0x22) {
        cell += '"';
        j = q + 2;
        continue;
      }
      if (q + 1 < text.length && text.charCodeAt(q + 1) !== 0x09) return null; // '"三公"经费': not Excel's quoting
      j = q + 1;
      break;
    }
    quoted = true;
    cells.push(cell);
    if (j >= text.length) break;
    at = j + 1;
  }
  return quoted ? { cells, last } : null;
}
