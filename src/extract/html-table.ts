// A table saved from a web page, one <tr> per line → tab rows, so it is read like any other table.
//   '<tr><td rowspan="2">产出指标</td><td>培训人次</td><td>&ge;150人次</td></tr>' → '产出指标\t培训人次\t&ge;150人次'
// colspan and rowspan become the empty cells a merged cell leaves in tab text; the cells' own markup (<p>, <b>,
// &ge;) is left for the cell cleaner. Lines keep their numbers: <table>, <tbody> and the like become blank lines.
// A line holding several <tr> is left as it is.

const ROW = /^\s*<tr[\s>]/i;
const FRAME = /^\s*<\/?(?:table|tbody|thead|tfoot|colgroup|col)\b[^>]*>\s*$/i;
const CELL = /<t([dh])\b([^>]*)>([\s\S]*?)(?:<\/t\1>|(?=<t[dh]\b)|(?=<\/tr>)|$)/gi;
const SPAN = (name: string) => new RegExp(`${name}\\s*=\\s*["']?(\\d{1,3})`, 'i');
const COLSPAN = SPAN('colspan');
const ROWSPAN = SPAN('rowspan');
// Forms are a few dozen cells wide and tall: larger spans are markup noise, and must not multiply a hostile line.
const MAX_SPAN = 50;
const MAX_CELLS = 200;

export function htmlTableLines(lines: readonly string[]): string[] {
  // Rows still covered by a rowspan above, by column.
  let covered: number[] = [];
  return lines.map((line) => {
    if (line.indexOf('<') < 0) return line;
    if (FRAME.test(line)) {
      if (/<\/?table/i.test(line)) covered = [];
      return '';
    }
    if (!ROW.test(line) || line.indexOf('<tr', line.search(/<tr/i) + 3) >= 0) return line;
    const cells: string[] = [];
    const skipCovered = () => {
      while ((covered[cells.length] ?? 0) > 0 && cells.length < MAX_CELLS) {
        covered[cells.length]!--;
        cells.push('');
      }
    };
    CELL.lastIndex = 0;
    for (let m = CELL.exec(line); m; m = CELL.exec(line)) {
      skipCovered();
      const attrs = m[2] ?? '';
      const colspan = Math.min(MAX_SPAN, Math.max(1, Number(COLSPAN.exec(attrs)?.[1] ?? 1)));
      const rowspan = Math.min(MAX_SPAN, Math.max(1, Number(ROWSPAN.exec(attrs)?.[1] ?? 1)));
      // The cell's own text always stays; only the empty cells a span adds are capped.
      for (let k = 0; k < colspan && (k === 0 || cells.length < MAX_CELLS); k++) {
        if (rowspan > 1 && cells.length < MAX_CELLS) covered[cells.length] = rowspan - 1;
        cells.push(k === 0 ? (m[3] ?? '').replace(/\t/g, ' ') : '');
      }
    }
    skipCovered();
    return cells.join('\t');
  });
}
