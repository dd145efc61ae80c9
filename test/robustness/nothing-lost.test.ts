// Issue 5, nothing lost: in each seed (and its full-width copy) every line holding a digit is pointed at by
// the output — an indicator, budget figure, total, grade or diagnostic — or is one of the kinds the parser
// consumes without pointing at them, each recognised here from the text alone (see ALLOWED).
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { parseText, referencedLines, SEEDS, toFullWidth } from './helpers.js';

const DIGIT = /[0-9０-９]/;
const FACT_KEY = /^(?:部门(?:[（(]单位[)）])?名称|单位名称|预算单位|预算部门|主管部门|实施单位|填报单位|项目名称|(?:预算|评价)?年度)\s*(?:[：:]|$)/;
const GOAL_KEY = /绩效目标|总体目标|年度目标|重点工作任务/;
const GOAL_COLUMN = /^(?:主要实施内容|期望达到的目标|绩效目标|年度绩效目标|总体目标)/;
const INDICATOR_COLUMN = /^(?:一级指标|二级指标|三级指标|关键指标|指标名称|[^\t]{0,6}指标值)/;
const MARKER = /^\s*#*\s*(?:[（(]\s*[0-9０-９]{1,2}\s*[)）]|[0-9０-９]{1,2}(?:\.[0-9０-９]{1,2})*\s*[.、．](?![0-9０-９]))/;

const cellsOf = (line: string): string[] => line.split('\t').map((c) => c.replace(/<[^>]*>/g, '').trim());
const squash = (text: string): string => text.replace(/^#+/, '').replace(/\s+/g, '');
const isSentence = (cell: string): boolean => cell.length > 30 || /[。；，]/.test(cell);
const digitCells = (line: string): string[] => cellsOf(line).filter((c) => DIGIT.test(c));

/** Why an unreferenced line holding a digit is allowed, or null when it is data the output lost. */
const ALLOWED: ReadonlyArray<readonly [string, (lines: readonly string[], i: number, doc: ParsedDocument) => boolean]> = [
  ['the title', (lines, i, doc) => doc.document.title !== null && squash(lines[i]!) === squash(doc.document.title)],
  ['list numbering only', (lines, i) => !DIGIT.test(lines[i]!.replace(MARKER, ''))],
  [
    'a key–value fact line stating the department or year',
    (lines, i, doc) => FACT_KEY.test(cellsOf(lines[i]!).find(Boolean) ?? '') && [doc.document.department, doc.document.year].some((f) => f !== null && lines[i]!.includes(String(f))),
  ],
  ['a table header row (digits only in a year)', (lines, i) => lines[i]!.includes('\t') && digitCells(lines[i]!).every((c) => c.length <= 20 && /^[^0-9]*(?:19|20)\d\d\s*年[^0-9]*$/.test(c))],
  ['a goal / plan narrative row', (lines, i) => digitCells(lines[i]!).every(isSentence) && (GOAL_KEY.test(cellsOf(lines[i]!).find(Boolean) ?? '') || underGoalHeader(lines, i))],
  ['the continuation of a referenced sentence', (lines, i, doc) => continues(lines, i, referencedLines(doc))],
];

/** The nearest header above names goal columns (主要实施内容, 期望达到的目标…), not indicator ones. */
function underGoalHeader(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const cells = cellsOf(lines[j]!);
    if (cells.some((c) => INDICATOR_COLUMN.test(c))) return false;
    if (cells.some((c) => c.length <= 20 && GOAL_COLUMN.test(c))) return true;
  }
  return false;
}

/** A prose line that finishes the sentence of the referenced prose line above it (a page break cut it). */
function continues(lines: readonly string[], i: number, referenced: ReadonlySet<number>): boolean {
  let j = i - 1;
  while (j >= 0 && lines[j]!.trim() === '') j--;
  const above = lines[j] ?? '';
  return !lines[i]!.includes('\t') && !above.includes('\t') && referenced.has(j + 1) && !/[。！？；]\s*$/.test(above);
}

/** Lines holding a digit that the output does not point at and no ALLOWED kind explains. */
function unaccounted(text: string, doc: ParsedDocument): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const referenced = referencedLines(doc);
  return lines.flatMap((line, i) => {
    if (!DIGIT.test(line) || referenced.has(i + 1)) return [];
    return ALLOWED.some(([, allows]) => allows(lines, i, doc)) ? [] : [`${i + 1}: ${line.slice(0, 120)}`];
  });
}

const cases = SEEDS.flatMap((s) => [
  { name: s.name, text: s.text },
  { name: `${s.name}, full-width`, text: toFullWidth(s.text) },
]);

describe('every line holding a digit is accounted for', () => {
  it.each(cases)('$name', ({ text }) => {
    expect(unaccounted(text, parseText(text))).toEqual([]);
  });

  it('the check is live: without the diagnostics, the seeds lose lines', () => {
    const lost = SEEDS.flatMap((s) => unaccounted(s.text, { ...parseText(s.text), diagnostics: [] }));
    expect(lost.length).toBeGreaterThan(5);
  });

  it('the check is live: a row the parser drops in silence is caught', () => {
    const seed = SEEDS[3]!;
    const doc = parseText(seed.text);
    const row = doc.indicators[0]!.line;
    const dropped = { ...doc, indicators: doc.indicators.filter((i) => i.line !== row) };
    expect(unaccounted(seed.text, dropped)).toEqual([`${row}: ${seed.text.split('\n')[row - 1]!.slice(0, 120)}`]);
  });
});
