// A SheetJS cell → its text as a Chinese Excel displays it: SheetJS's own text, unless the cell's format needs the
// zh-CN rewrite (zh-formats.ts) or SheetJS could not render it; the number itself whenever no format renders.
//   { t: 'n', v: 123, z: '[DBNum2][$-804]General', w: '$123' } → '123';  { t: 'n', v: -2, z: '0.00;[Red]0.00', w: '2.00' } → '-2.00'
import { SSF } from '@e965/xlsx';
import type { SheetCell } from './sheet-cells.js';
import { zhFormat } from './zh-formats.js';

/** The cell's displayed text; '' for a cell with nothing in it. */
export function display(cell: SheetCell): string {
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string') {
    const code = rewritten(cell.z);
    if (isFraction(code)) return general(cell.v);
    const text = code === cell.z && cell.w !== undefined ? cell.w : formatted(code, cell.v);
    return withSign(code, cell.v, text);
  }
  if (cell.w !== undefined) return cell.w;
  if (typeof cell.v === 'number') return general(cell.v);
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

/** Format codes already rewritten; a workbook has a few dozen, so the cache is emptied when it grows past many. */
const REWRITTEN = new Map<string, string>();

function rewritten(code: string): string {
  let out = REWRITTEN.get(code);
  if (out === undefined) {
    if (REWRITTEN.size > 1000) REWRITTEN.clear();
    out = zhFormat(code);
    REWRITTEN.set(code, out);
  }
  return out;
}

/**
 * A fraction format (`# ?/?`, `?/4`) shows an approximation (0.35 as 1/3) that gzperf's quantities cannot read as a
 * number: such a cell reads as its number, in General.
 */
function isFraction(code: string): boolean {
  if (!code.includes('/')) return false;
  const bare = code.replace(/"[^"]*"|\\[^]|\[[^\]]*\]|[_*][^]/g, '');
  return /[#?0]\s*\/\s*[#?0-9]/.test(bare);
}

/** The number in the format, or in General when the format cannot be rendered: the value is never lost. */
function formatted(code: string, value: number): string {
  const around = generalAmid(code);
  if (around) return literal(around[0]) + general(value) + literal(around[1]);
  try {
    return SSF.format(code, value) as string;
  } catch {
    return general(value);
  }
}

function general(value: number): string {
  return SSF.format('General', value) as string;
}

/**
 * The text before and after General in a one-section format that has more than General (`G/通用格式"万元"`, as WPS
 * writes a unit); SheetJS drops everything but the number there, Excel shows both.
 */
function generalAmid(code: string): [string, string] | null {
  if (splitSections(code).length > 1) return null;
  // Searched with quoted text blanked out, so a literal "General" is not taken for the number.
  const at = code.replace(/"[^"]*"/g, (q) => ' '.repeat(q.length)).search(/General/i);
  if (at < 0 || code.length === 7) return null;
  return [code.slice(0, at), code.slice(at + 7)];
}

/** The literal text of a piece of format code: quoted text unquoted, escapes resolved, [tags] and fills left out. */
function literal(piece: string): string {
  return piece.replace(/"([^"]*)"|\\([^])|\[[^\]]*\]|_[^]|\*[^]/g, (all, quoted?: string, escaped?: string) => quoted ?? escaped ?? (all[0] === '_' ? ' ' : ''));
}

/** A colour in a format section: [Red], [红色], [Color10], [颜色10]. */
const COLOUR = /\[(?:black|blue|cyan|green|magenta|red|white|yellow|黑色|蓝色|青色|绿色|洋红|红色|白色|黄色|(?:color|颜色)\s*\d+)\]/i;

/**
 * A negative number whose section shows it only by colour (`0.00;[Red]0.00`, Excel's red negatives) keeps its minus
 * sign, since the colour is lost in text. A section with a condition ([<0]) or its own sign or brackets is as shown.
 */
function withSign(code: string, value: number, text: string): string {
  if (value >= 0 || /[-(]/.test(text) || text.trim() === '') return text;
  const sections = splitSections(code);
  if (sections.length < 2 || sections.some((s) => /\[[<>=]/.test(s))) return text;
  return COLOUR.test(sections[1]!) ? `-${text}` : text;
}

/** The ;-separated sections of a format, with quoted text, [brackets] and escapes left whole. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"' || ch === '[') i = closing(code, ch === '"' ? '"' : ']', i);
    else if (ch === '\\') i++;
    else if (ch === ';') {
      out.push(code.slice(from, i));
      from = i + 1;
    }
  }
  out.push(code.slice(from));
  return out;
}

/** The index of the mark closing the token opened at `i`, or the end of the code. */
function closing(code: string, mark: string, i: number): number {
  const at = code.indexOf(mark, i + 1);
  return at < 0 ? code.length : at;
}
