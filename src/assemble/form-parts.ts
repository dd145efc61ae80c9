// Where a file holding several forms starts each new one: a line naming a performance form, after a form with its
// own table, followed by its own head block (项目名称 / 部门名称 / 实施单位 … before the indicator table).
//   [某村…自评表, 项目名称 | 甲, rows…, 总分, 某村…自评表, 项目名称 | 乙, rows…] → [lines 1–7, lines 9–15]
import type { Diagnostic, ParsedDocument } from '../schema.js';
import type { Line } from '../extract/lines.js';
import { headerKey } from '../extract/columns.js';
import { DEPARTMENT_KEYS, PROJECT_KEYS, isTitle } from './facts.js';

// The name of a whole form at the end of its title, with an optional year in brackets after it.
const FORM_NAME = /(?:绩效目标(?:申报|审批|审核)?表|绩效(?:目标)?自评表|绩效(?:自评|评价)报告)(?:[（(][^（()）]{0,12}[)）])?$/;
// How far below the title a new form's head block may start (non-blank lines).
const HEAD_REACH = 6;
const HEAD_KEYS = new Set([...PROJECT_KEYS, ...DEPARTMENT_KEYS.flat()]);

/** The lines of each form in the file, in order; one part when the file holds one form. */
export function formParts(lines: readonly Line[]): Line[][] {
  const parts: Line[][] = [];
  let start = 0;
  let tableSeen = false;
  let titleSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isFormTitle(line)) {
      if (titleSeen && tableSeen && hasHead(lines, i + 1)) {
        parts.push(lines.slice(start, i));
        start = i;
        tableSeen = false;
      }
      titleSeen = true;
    } else if (line.kind === 'row' && line.cells.filter(Boolean).length >= 3) tableSeen = true;
  }
  parts.push(lines.slice(start));
  return parts;
}

function isFormTitle(line: Line): boolean {
  if (line.kind === 'blank' || (line.kind === 'row' && line.cells.filter(Boolean).length !== 1)) return false;
  // A form's name ends in 表 or 报告: a line with neither character is no title (checked before the spaces go).
  if (!line.text.includes('表') && !line.text.includes('告')) return false;
  const text = line.text.replace(/\s+/g, '');
  return isTitle(text) && FORM_NAME.test(text);
}

/** A head block of its own: a unit or project key in the first lines below the title, before any table header. */
function hasHead(lines: readonly Line[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < HEAD_REACH; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    seen++;
    const first = line.kind === 'row' ? line.cells.find(Boolean) ?? '' : line.text.split(/[：:]/)[0] ?? '';
    if (HEAD_KEYS.has(headerKey(first))) return true;
  }
  return false;
}

export interface FormPart {
  lines: Line[];
  doc: ParsedDocument;
}

/**
 * Each form of the file read on its own. A part that yields no indicator, and a target form followed by its own
 * self-evaluation (mergeRepeatedForms makes them one), stay with their neighbour; one part is the whole file.
 */
export function readForms(lines: Line[], read: (lines: Line[]) => ParsedDocument): FormPart[] {
  const found = formParts(lines);
  if (found.length === 1) return [{ lines, doc: read(lines) }];
  const parts: FormPart[] = found.map((l) => ({ lines: l, doc: read(l) }));
  for (let i = 1; i < parts.length; ) {
    if (!belongTogether(parts[i - 1]!.doc, parts[i]!.doc)) {
      i++;
      continue;
    }
    const joined = [...parts[i - 1]!.lines, ...parts[i]!.lines];
    parts.splice(i - 1, 2, { lines: joined, doc: read(joined) });
  }
  // All parts joined again are the file's lines, read already by the last join.
  return parts.length === 1 ? [{ lines, doc: parts[0]!.doc }] : parts;
}

function belongTogether(a: ParsedDocument, b: ParsedDocument): boolean {
  if (a.indicators.length === 0 || b.indicators.length === 0) return true;
  const evaluated = (d: ParsedDocument) => d.indicators.some((i) => i.achieved !== null || (i.score?.got ?? null) !== null);
  if (evaluated(a) || !evaluated(b)) return false;
  // The self-evaluation repeats the target form's indicators: most of its names come back.
  const names = new Set(b.indicators.map((i) => i.name.replace(/\s+/g, '')));
  const again = a.indicators.filter((i) => names.has(i.name.replace(/\s+/g, ''))).length;
  return again * 2 >= a.indicators.length;
}

/** The info parseDocument gives for a file it reads as one document although it holds several forms. */
export function severalFormsNote(parts: readonly FormPart[]): Diagnostic {
  const spans = parts.map((p) => `lines ${p.lines[0]?.no ?? 0}–${p.lines.at(-1)?.no ?? 0}`);
  return {
    severity: 'info',
    code: 'several-forms',
    line: parts[1]?.lines[0]?.no ?? 0,
    message: `This file holds ${parts.length} forms (${spans.join(', ')}); read as one document; parse --split-forms (splitForms) gives one document per form`,
  };
}
