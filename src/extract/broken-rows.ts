// A newline typed inside a table cell breaks its row over two lines; this joins them back.
//   '\t产出指标\t数量指标\t监测站点' + '运维数量\t12个\t12个\t10\t10\t' under a 9-cell header → one 9-cell row
//   a last cell cut mid-sentence ('…推迟20天，') + the prose line after it → the cell's whole text
// The line that continued the row becomes blank, so nothing reads it twice; the row keeps its first line's number.
import type { Line } from './lines.js';
import { toNumber } from './text.js';

// The first cell of a row that is not a continuation: totals, grades, sign-off keys.
const ROW_KEY = /等级|总分|合计|总计|得分|填报|负责人|联系|日期|盖章|备注|说明/;

// A cell that stops mid-sentence: a comma, an enumeration mark, an opening bracket or a colon at its end.
const UNFINISHED = /[，,、（(：:]$/;

export function joinBrokenRows(lines: readonly Line[]): Line[] {
  const out = [...lines];
  // Cells of the tab row above: the table's width.
  let width = 0;
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (line.kind !== 'row' || !line.layouts.includes('tab')) {
      if (line.kind !== 'blank') width = 0;
      continue;
    }
    const next = out[i + 1];
    const joined = next && width > 0 ? join(line, next, width) : null;
    if (joined && next) {
      out[i] = joined;
      out[i + 1] = { ...next, kind: 'blank', cells: [], text: '' };
      i++;
    } else {
      width = line.cells.length;
    }
  }
  return out;
}

function join(row: Line, next: Line, width: number): Line | null {
  const last = row.cells.at(-1) ?? '';
  if (last === '') return null;
  if (next.kind === 'row' && next.layouts.includes('tab')) {
    // The rest of the row: exactly the cells the break took away, starting with the end of the cut cell.
    if (row.cells.length >= width || row.cells.length + next.cells.length - 1 !== width || next.cells[0] === '') return null;
    // A number or a finished sentence is a whole cell, and a key (自评等级, 填报人) starts a row of its own.
    if (toNumber(last) !== null || /[。；;！!？?]$/.test(last) || ROW_KEY.test(next.cells[0] ?? '')) return null;
    return merge(row, next, [...row.cells.slice(0, -1), last + next.cells[0], ...next.cells.slice(1)]);
  }
  if (next.kind === 'prose' && row.cells.length === width && UNFINISHED.test(last)) {
    return merge(row, next, [...row.cells.slice(0, -1), last + next.text]);
  }
  return null;
}

function merge(row: Line, next: Line, cells: string[]): Line {
  return { ...row, raw: `${row.raw}\n${next.raw}`, cells, text: cells.filter(Boolean).join(' '), layouts: [...new Set([...row.layouts, ...next.layouts])] };
}
