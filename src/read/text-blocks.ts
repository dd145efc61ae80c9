// Classified text lines → blocks of the document model: a run of TAB or pipe rows is a table (one row a line, its
// cells as the line split them), a heading line a heading, runs of other lines paragraphs; each keeps its line.
//   lines 3–4 '指标\t分值' '培训人次\t5', line 6 '资金到位率100%。' → [table 2×2 (line 3), paragraph (line 6)]
import type { Block, Cell, Table } from '../model.js';
import type { Line } from '../extract/lines.js';

/**
 * Blocks of `lines` (a slice of a document's lines, each `no` its source line); `tables` numbers the tables; `texts`
 * gives some prose lines another text (markdown without its inline marks).
 */
export function textBlocks(lines: readonly Line[], tables: { count: number }, texts: ReadonlyMap<number, string> = new Map()): Block[] {
  const blocks: Block[] = [];
  let rows: Line[] = [];
  let para: Line[] = [];
  const flush = (): void => {
    if (rows.length > 0) blocks.push(tableOf(rows, ++tables.count));
    if (para.length > 0) blocks.push({ type: 'paragraph', text: para.map((l) => (l.kind === 'prose' ? (texts.get(l.no) ?? l.raw) : l.raw).trim()).join('\n'), where: { line: para[0]!.no } });
    rows = [];
    para = [];
  };
  for (const line of lines) {
    // A line another line took in (a row's continuation, a delimiter row) is no boundary for a table;
    // a paragraph is cut there so that its i-th line stays at its first line + i.
    if (line.kind === 'blank') {
      if (line.raw.trim() === '' || para.length > 0) flush();
    } else if (line.kind === 'heading') {
      flush();
      blocks.push({ type: 'heading', level: line.level, text: line.text, where: { line: line.no } });
    } else if (line.kind === 'row' && (line.layouts.includes('tab') || line.layouts.includes('pipe'))) {
      // A table is rows written the same way, so that its layouts hold for every row of it.
      if (para.length > 0 || (rows.length > 0 && !sameLayouts(rows[0]!, line))) flush();
      rows.push(line);
    } else {
      // Prose, and rows split at runs of spaces: those have lost their empty cells, so they are no grid.
      if (rows.length > 0) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

function sameLayouts(a: Line, b: Line): boolean {
  return a.layouts.length === b.layouts.length && a.layouts.every((l) => b.layouts.includes(l));
}

function tableOf(rows: readonly Line[], no: number): Table {
  const cells: Cell[] = rows.flatMap((line, r) => line.cells.map((text, c) => ({ text, row: r, col: c, rowSpan: 1, colSpan: 1, where: { line: line.no } })));
  return {
    type: 'table',
    rows: rows.length,
    cols: rows.reduce((most, l) => Math.max(most, l.cells.length), 0),
    cells,
    layouts: [...rows[0]!.layouts],
    where: { table: no, line: rows[0]!.no },
  };
}
