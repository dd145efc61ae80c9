// What a spreadsheet adds around a form when it is copied as text, taken away again; lines keep their numbers.
//   a column-letter row '\tA\tB\tC…' and row numbers '1\t', '2\t'… in front of every row (a sheet copied with its
//   headings) → the letter row blank, the numbers gone;
//   a merged cell that WPS filled into every cell it covers, the whole row one text ('标题\t标题\t标题') → one cell.

const LETTERS = /^\t?A\tB\tC(?:\t[D-Z]{1,2})*\t?$/;

export function stripSpreadsheet(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (!line.includes('\t')) continue;
    if (LETTERS.test(line)) {
      out[i] = '';
      i = stripRowNumbers(out, i + 1) - 1;
      continue;
    }
    out[i] = collapseFilled(line);
  }
  return out;
}

/** Row numbers 1, 2, 3… in the first cell of the lines from i on; returns where they stop. */
function stripRowNumbers(out: string[], i: number): number {
  let expected: number | null = null;
  for (; i < out.length; i++) {
    const m = /^(\d{1,5})\t/.exec(out[i]!);
    if (!m || (expected !== null && Number(m[1]) !== expected)) break;
    expected = Number(m[1]) + 1;
    out[i] = collapseFilled(out[i]!.slice(m[0].length));
  }
  return i;
}

/** A row whose filled cells all say the same (a merged title WPS filled in) keeps the first of them. */
function collapseFilled(line: string): string {
  // Most rows differ from cell to cell: look for the first cell's text repeated before splitting the row.
  let start = 0;
  while (line.charCodeAt(start) === 0x09) start++;
  const end = line.indexOf('\t', start);
  if (end < 0 || line.indexOf(`\t${line.slice(start, end)}\t`, end) < 0 && !line.endsWith(`\t${line.slice(start, end)}`)) return line;
  const cells = line.split('\t');
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 3 || filled.some((c) => c !== filled[0])) return line;
  const first = cells.indexOf(filled[0]!);
  return cells.map((c, k) => (k === first ? c : '')).join('\t');
}
