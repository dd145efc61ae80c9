// A table a crawler ran onto one line (cells parted by single spaces or by nothing) → its rows, cut at the class words
// and values.   '一级指标 二级指标 三级指标 指标值 产出指标 数量指标 培训人次 ≥300人次 质量指标 合格率 100%'
//   → ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t培训人次\t≥300人次', '\t质量指标\t合格率\t100%']
import { CLASS_TREE } from '../assemble/taxonomy.js';
import { roleOf, type Role } from './columns.js';
import { UNITS } from '../normalize/lexicon.js';
import { spreadBefore } from './run-on-before.js';

/** The rows of one run-on line, and the text before and after the table (kept on lines of their own). */
export interface RunOnTable {
  before: string;
  rows: string[];
  after: string;
}

const LEVEL1 = Object.keys(CLASS_TREE);
// Full class words only (a short alias such as 数量 is too common inside names); longest first.
const CLASS_WORDS = [...new Set([...LEVEL1, ...Object.values(CLASS_TREE).flat()])].sort((a, b) => b.length - a.length);
// Sticky: tried where a class word ends, without copying the rest of the line.
const WEIGHT = /[（(]\s*\d+(?:\.\d+)?\s*分?\s*[）)]/y;
const OPERATOR = /^(?:[≥≤≧≦＞＜><=＝]=?|大于等于|小于等于|不低于|不高于|不超过)/;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
// A table ends at its total, or at the title of the next form.
const TOTAL = /^(?:合计|总分|总计)/;
const FORM_TITLE = /表$/;
const SHORT_ROW = 3;
const MIN_LENGTH = 60;

const LEVEL2 = [...new Set(Object.values(CLASS_TREE).flat())];
// Every class word ends in 指标; a line without it, or a position not starting one, needs no closer look.
const CLASS_END = '指标';
const FIRST_CHARS = new Set(CLASS_WORDS.map((w) => w[0]!));
const LONGEST = CLASS_WORDS[0]!.length;

/** Whether `line` holds a whole table: long, no tabs or pipes, a first-level class word and two second-level ones. */
export function isRunOnTable(line: string): boolean {
  // Runs of spaces between cells are a PDF copy's layout, which its own reader aligns.
  if (line.length < MIN_LENGTH || line.length > 20_000 || !line.includes(CLASS_END) || /[\t|]|\S(?: {2,}|\u3000)\S/.test(line)) return false;
  // A header's long label (其中产出指标权重分值50分,效益指标…) names first-level classes only.
  const words = new Set<string>();
  for (let i = 0; i < line.length; i++) {
    // A class word starting at i ends in the next 指标, at most the longest word away.
    const end = line.indexOf(CLASS_END, i);
    if (end < 0) break;
    i = Math.max(i, end + CLASS_END.length - LONGEST);
    if (!FIRST_CHARS.has(line[i]!)) continue;
    const w = classAt(line, i);
    if (w) words.add(CLASS_WORDS.find((c) => w.startsWith(c))!);
    if (w) i += w.length - 1;
  }
  return LEVEL1.some((w) => words.has(w)) && LEVEL2.filter((w) => words.has(w) && !LEVEL1.includes(w)).length >= 2;
}

/** Whether the whole text is one value: an operator, a number and its unit (≧90%, 12个, 100). */
export function isValueCell(text: string): boolean {
  return text !== '' && valueAt(text, 0, true) === text.length;
}

/** Whether the whole text is a class word (数量指标, 产出指标（50分）). */
export function isClassCell(text: string): boolean {
  return classAt(text, 0)?.length === text.length;
}

function classAt(s: string, i: number): string | null {
  const w = CLASS_WORDS.find((c) => s.startsWith(c, i));
  if (!w) return null;
  WEIGHT.lastIndex = i + w.length;
  const weight = WEIGHT.exec(s);
  return weight ? w + weight[0] : w;
}

/** Length of a value starting at i: an operator, a number and a unit (%, 百分比 or a measure word), or 0. */
function valueAt(s: string, i: number, bare: boolean): number {
  const op = OPERATOR.exec(s.slice(i))?.[0] ?? '';
  const num = NUMBER.exec(s.slice(i + op.length))?.[0];
  if (num === undefined || (op === '' && !bare)) return 0;
  let end = i + op.length + num.length;
  const rest = s.slice(end);
  if (rest.startsWith('%') || rest.startsWith('％')) end += 1;
  else if (rest.startsWith('百分比')) end += 3;
  else {
    const unit = UNITS.match(s, end, s.length);
    if (unit > 0) end = unit;
    else if (op === '' && /^[\u4e00-\u9fff]/.test(rest) === false && rest !== '' && !/^\s/.test(rest)) return 0;
  }
  return end - i;
}

/** The cells of one space-free piece: class words, names, 反映… explanations and values, parted where each begins. */
export function cutGlued(piece: string): string[] {
  const cells: string[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') cells.push(text);
    text = '';
  };
  for (let i = 0; i < piece.length; ) {
    const cls = classAt(piece, i);
    // A bare number is a value only after some text (a name's own digits start it: 0-6岁儿童).
    const value = cls ? 0 : valueAt(piece, i, text !== '' && !/[\d.\-]$/.test(text));
    const cut = cls ?? (value > 0 ? piece.slice(i, i + value) : null);
    if (cut !== null) {
      flush();
      cells.push(cut);
      i += cut.length;
    } else {
      if (text.length >= 2 && piece.startsWith('反映', i)) flush();
      text += piece[i];
      i++;
    }
  }
  flush();
  return cells;
}

// Header words glued together: the split into the most known column names (一级指标二级指标 → 一级指标, 二级指标).
function headerWords(piece: string): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= piece.length; i++) {
    best[i] = null;
    for (let len = 2; len <= Math.min(12, i); len++) {
      const before = best[i - len];
      const word = piece.slice(i - len, i);
      if (before && roleOf(word) !== null && (best[i] === null || before.length + 1 > best[i]!.length)) best[i] = [...before, word];
    }
  }
  return best[piece.length] ?? null;
}

const LEADING: ReadonlySet<Role> = new Set(['serial', 'group', 'class1', 'class2', 'name', 'indicators']);

/** The header's columns after the class and name columns: the labels of a row's values. */
export function valueColumns(header: readonly string[]): string[] {
  let first = 0;
  header.forEach((h, k) => LEADING.has(roleOf(h)!) && (first = k + 1));
  return header.slice(first);
}

/** The header run that ends where the first class word begins: column names, spaced or glued. */
function headerBefore(s: string, end: number): { start: number; words: string[] } | null {
  for (let j = Math.max(0, end - 120); j < end - 5; j++) {
    const parts = s.slice(j, end).trim().split(/\s+/).map((t) => (roleOf(t) === null ? headerWords(t) : [t]));
    if (parts.every((p) => p !== null) && parts.flat().length >= 3) return { start: j, words: parts.flat() as string[] };
  }
  return null;
}

interface Row {
  c1: string;
  c2: string;
  name: string | null;
  values: string[];
}

const level1 = (piece: string, next: string | undefined): boolean => {
  const word = CLASS_WORDS.find((c) => piece.startsWith(c))!;
  // 成本指标 is a first-level class over 经济成本指标…, and a second-level one under 产出指标.
  return LEVEL1.includes(word) && !(Object.values(CLASS_TREE).flat().includes(word) && !(next && classAt(next, 0)));
};

/**
 * Rows of the pieces after the header: a class word closes a row, and so does text after a row's figures (the next
 * name) — a note after the scores (偏差原因) cannot be told from a name, so it starts a row of its own.
 */
export function cutRows(pieces: readonly string[], figure: (piece: string) => boolean = (p) => /\d/.test(p)): { rows: string[][]; stop: number } {
  const rows: string[][] = [];
  let row: Row = { c1: '', c2: '', name: null, values: [] };
  const close = () => {
    const cells = [row.c1, row.c2, ...(row.name === null ? [] : [row.name]), ...row.values];
    if (cells.some((c) => c !== '')) rows.push(cells);
    row = { c1: '', c2: '', name: null, values: [] };
  };
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (TOTAL.test(piece) || (FORM_TITLE.test(piece) && piece.length >= 6)) {
      close();
      return { rows, stop: k };
    }
    if (classAt(piece, 0)?.length === piece.length) {
      // 满意度指标 written again under itself is its second level.
      const top = level1(piece, pieces[k + 1]) && !(row.c1 !== '' && row.c2 === '' && row.name === null);
      if (row.name !== null || row.values.length > 0 || (top ? row.c1 || row.c2 : row.c2)) close();
      if (top) row.c1 = piece;
      else row.c2 = piece;
    } else if (row.name === null) row.name = piece;
    else if (row.values.some(figure) && !figure(piece)) {
      close();
      row.name = piece;
    } else row.values.push(piece);
  }
  close();
  return { rows, stop: pieces.length };
}

/** The table of a run-on line, or null when it reads as no table. */
export function runOnTable(line: string): RunOnTable | null {
  if (!isRunOnTable(line)) return null;
  const first = Math.min(...CLASS_WORDS.map((w) => line.indexOf(w)).filter((i) => i >= 0));
  const header = headerBefore(line, first);
  const columns = header ? valueColumns(header.words) : [];
  const pieces = line.slice(first).trim().split(/\s+/).flatMap(cutGlued);
  const { rows, stop } = cutRows(pieces);
  // Rows, not a sentence naming classes: two of them at least hold a name and a figure.
  if (rows.filter((r) => r.length >= SHORT_ROW && r.slice(3).some((c) => /\d/.test(c))).length < 2) return null;
  const head = columns.length > 0 ? ['一级指标', '二级指标', '三级指标', ...columns] : [];
  return {
    before: line.slice(0, header ? header.start : first).trim(),
    // A name with no value is a name and a worded value run together, which no rule can part: it stays text.
    rows: [...(head.length > 0 ? [head] : []), ...rows].map((r) => r.join(r.length === 3 && r[2] !== '' && head !== r ? '' : '\t')),
    after: pieces.slice(stop).join(' '),
  };
}

/** Lines with each run-on table spread over lines of its own, and the source line each comes from; null when none. */
export function spreadRunOn(lines: readonly string[]): { lines: string[]; origin: number[]; tables: { line: number; rows: number }[] } | null {
  if (!lines.some(isRunOnTable)) return null;
  const out: string[] = [];
  const origin: number[] = [];
  const tables: { line: number; rows: number }[] = [];
  lines.forEach((line, i) => {
    const table = runOnTable(line);
    const parts = table ? [...spreadBefore(table.before), '', ...table.rows, '', table.after] : [line];
    if (table) tables.push({ line: i + 1, rows: table.rows.length });
    for (const part of parts) {
      out.push(part);
      origin.push(i + 1);
    }
  });
  return tables.length > 0 ? { lines: out, origin, tables } : null;
}

/** The warning a spread table gets, the same on every path that reads text. */
export function runOnNote(t: { line: number; rows: number }): { severity: 'warning'; code: string; message: string; where: { line: number } } {
  const message = `Table run onto one line, read as ${t.rows} rows cut at class words and values; a cell holding spaces or a note after the scores may be cut wrongly`;
  return { severity: 'warning', code: 'run-on-table', message, where: { line: t.line } };
}
