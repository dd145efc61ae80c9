// The pipeline for one document: bytes → form → lines (text) or model (pages, attachments) → tables and prose →
// typed, normalized document.
//   await parse(bytes, { path: 'a.docx' }) → [ParsedDocument];  parseDocument(text, { path: 'a.txt' }) → ParsedDocument
import { createHash } from 'node:crypto';
import type { BudgetItem, Diagnostic, Indicator, Layout, ParsedDocument } from './schema.js';
import type { DocModel, Form, Where } from './model.js';
import { LAYOUTS } from './vocabulary.js';
import { decodeBytes, type Replaced } from './read/decode.js';
import { libraryInput } from './library-input.js';
import { caveatDiagnostics } from './normalize/caveats.js';
import { hasReader, readerFor, sniffBinary, textForm } from './read/forms.js';
import { spreadTextLines } from './extract/text-lines.js';
import { runOnNote } from './extract/run-on.js';
import { splitLines } from './read/lines.js';
import type { Line } from './extract/lines.js';
import { modelLines } from './interpret/model-lines.js';
import { createCollector, offerFact, type Collector } from './assemble/collector.js';
import { walkTables } from './assemble/walk-tables.js';
import { readProse } from './assemble/prose.js';
import { buildBudgetItem, buildIndicator } from './assemble/build.js';
import { mergeRepeatedForms } from './assemble/repeated-forms.js';
import { readForms, severalFormsNote } from './assemble/form-parts.js';
import { coverage } from './assemble/coverage.js';
import { DEPARTMENT_KEYS, departmentFromTitle, isOrganisationName, isTitle, kindHints, kindOf, yearIn } from './assemble/facts.js';
import { foldDigits } from './extract/text.js';

/** Options of {@link parse} and {@link parseDocument}. */
export interface ParseOptions {
  /** Shown in source.path and in messages. */
  path?: string;
  /**
   * parse() only: a file holding several forms gives one document per form (`document.part` 1, 2, …) instead of
   * one document for the file (SPEC §3: one object per input document) with a `several-forms` note.
   */
  splitForms?: boolean;
}

interface SourceInfo {
  bytes: Uint8Array;
  path: string;
  encoding: string;
  form: Form;
}

/**
 * Reads a document in any form gzperf knows — text, markdown, web page, Word, Excel, PDF — found by its bytes.
 * Readers of pages and attachments are loaded the first time their form is seen.
 * @example
 * const [doc] = await parse(await readFile('a.docx'), { path: 'a.docx' });
 */
export async function parse(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<ParsedDocument[]> {
  const { bytes, text: given, path } = libraryInput('parse', input, options);
  const split = options.splitForms === true;
  const binary = given === null ? sniffBinary(bytes) : null;
  if (binary) return fromModel(await (await readerFor(binary)).read(bytes, { path }), bytes, path, split);
  const decoded = given === null ? decodeBytes(bytes) : { text: given.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const form = textForm(decoded.text, path);
  if (form === 'text' || !hasReader(form)) return fromText(decoded, { bytes, path, encoding: decoded.encoding, form: 'text' }, split);
  return fromModel(await (await readerFor(form)).read(bytes, { path }), bytes, path, split);
}

/**
 * Reads a document as text (tab, pipe, spaced and HTML-row tables, markdown headings, prose), synchronously.
 * A file holding several forms is read as one document with a `several-forms` note (parse() can split it).
 * A string is the document itself, not a path (use {@link parseFile} for a file).
 * @example
 * parseDocument('产出指标\t数量指标\t培训人次\t≥150人次').indicators[0]?.target // { op: 'gte', value: 150, … }
 */
export function parseDocument(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): ParsedDocument {
  const { bytes, text: given, path } = libraryInput('parseDocument', input, options);
  const decoded = given === null ? decodeBytes(bytes) : { text: given.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  return fromText(decoded, { bytes, path, encoding: decoded.encoding, form: 'text' }, false)[0]!;
}

/** One document per form when `split`, else the whole file as one document. */
function fromText({ text, replaced = [] }: { text: string; replaced?: Replaced[] }, source: SourceInfo, split: boolean): ParsedDocument[] {
  const { lines, origin, tables } = spreadTextLines(text);
  // A table run onto one line was read as rows of its own: their numbers map back to that line.
  const spread: Diagnostic[] = tables.map(runOnNote).map(({ where, ...n }) => ({ ...n, line: where.line }));
  const toSource = (no: number): number => origin[no - 1] ?? no;
  const parts = readAll(lines, source, text.trim() === '', split).map((p) => ({
    doc: origin.length === 0 ? p.doc : relocate(p.doc, origin.map((line) => ({ line }))),
    from: p.from === 0 ? 0 : toSource(p.from),
  }));
  // Each note of the file goes to the form whose lines hold it.
  const mine = (i: number, line: number): boolean => (i === 0 || line >= parts[i]!.from) && (i === parts.length - 1 || line < parts[i + 1]!.from);
  // The source's lines are split again only to quote a line that lost bytes.
  const at = replaced.length > 0 ? splitLines(text) : [];
  const lost = replaced.map((r): Diagnostic => ({
    severity: 'warning',
    code: 'undecodable-bytes',
    line: r.line,
    message: `Unexpected bytes that are not ${source.encoding} (${r.count} character${r.count === 1 ? '' : 's'} lost, shown as U+FFFD); a number it touches is read as text`,
    text: at[r.line - 1]?.slice(0, 200) ?? '',
  }));
  const notes = [...spread, ...lost];
  if (notes.length === 0) return parts.map((p) => p.doc);
  return parts.map(({ doc }, i) => ({ ...doc, diagnostics: [...doc.diagnostics, ...notes.filter((d) => mine(i, d.line))].sort((a, b) => a.line - b.line) }));
}

function fromModel(model: DocModel, bytes: Uint8Array, path: string, split: boolean): ParsedDocument[] {
  const { lines, where } = modelLines(model);
  const docs = readAll(lines, { bytes, path, encoding: model.encoding, form: model.form }, lines.length === 0, split).map((p) => p.doc);
  // A note keeps where it was found (a PDF page has no line); notes of the whole file go with the first form.
  const notes: Diagnostic[] = model.notes.map((n) => ({ severity: n.severity, code: n.code, line: n.where.line ?? 0, message: n.message, ...(Object.keys(n.where).length > 0 ? { where: n.where } : {}) }));
  return docs.map((doc, i) => relocate({ ...doc, diagnostics: i === 0 ? [...doc.diagnostics, ...notes] : doc.diagnostics }, where));
}

/** The forms of the file, each its own document with its `part` (SPEC §3), or the whole file with a note. */
function readAll(lines: Line[], source: SourceInfo, empty: boolean, split: boolean): { doc: ParsedDocument; from: number }[] {
  const parts = readForms(lines, (part) => interpret(part, source, empty));
  if (parts.length === 1) return [{ doc: parts[0]!.doc, from: 0 }];
  if (split) return parts.map(({ doc, lines: part }, i) => ({ doc: { ...doc, document: { ...doc.document, part: i + 1 } }, from: part[0]?.no ?? 0 }));
  const whole = interpret(lines, source, empty);
  return [{ doc: { ...whole, diagnostics: [...whole.diagnostics, severalFormsNote(parts)].sort((a, b) => a.line - b.line) }, from: 0 }];
}

/** Line numbers of the model's reading order → the source's own lines where it has them, and `where` beside. */
function relocate(doc: ParsedDocument, where: readonly Where[]): ParsedDocument {
  const at = (no: number): Where | undefined => where[no - 1];
  const lineOf = (no: number): number => at(no)?.line ?? no;
  const place = <T extends Indicator | BudgetItem>(x: T): T => (at(x.line) ? { ...x, line: lineOf(x.line), where: at(x.line)! } : x);
  return {
    ...doc,
    budget: doc.budget.map(place),
    indicators: doc.indicators.map(place),
    scores: doc.scores && {
      ...doc.scores,
      line: doc.scores.line === null ? null : lineOf(doc.scores.line),
      gradeLine: doc.scores.gradeLine === null ? null : lineOf(doc.scores.gradeLine),
    },
    diagnostics: doc.diagnostics.map((d) => (d.line > 0 && at(d.line) ? { ...d, line: lineOf(d.line), where: at(d.line)! } : d)),
  };
}

function interpret(lines: Line[], source: SourceInfo, empty: boolean): ParsedDocument {
  const c = createCollector();
  const title = findTitle(lines, c);
  // The year tables may need before the facts are settled: which of 2024年 / 2025年 / 2026年指标值 is the target.
  c.docYear = (title ? yearIn(title) : null) ?? yearLine(lines);
  walkTables(lines, c);
  readProse(lines, c);
  findGoalYear(lines, c);
  const indicators = mergeRepeatedForms(c.drafts).map((d) => buildIndicator(d, c.docUnit));
  const budget = c.budget.map(buildBudgetItem);
  const diagnostics: Diagnostic[] = [...c.notes, ...coverage(lines, c), ...severalForms(c), ...caveatDiagnostics(indicators, budget)];
  if (empty) diagnostics.push({ severity: 'warning', code: 'empty-input', line: 0, message: 'Unexpected empty document, expected a table or report' });
  diagnostics.sort((a, b) => a.line - b.line);
  const scored = c.total !== null || indicators.some((i) => i.score !== null);
  return {
    schemaVersion: 1,
    source: {
      path: source.path,
      bytes: source.bytes.byteLength,
      sha256: createHash('sha256').update(source.bytes).digest('hex'),
      encoding: source.encoding,
    },
    document: {
      title,
      kind: kindOf(title, { hasAchieved: indicators.some((i) => i.achieved !== null), hasScores: scored, ...kindHints(keyCells(lines)) }),
      department: c.department?.value ?? (title ? departmentFromTitle(title) : null),
      year: (title ? yearIn(title) : null) ?? (c.year ? Number(c.year.value) : null) ?? c.docYear,
      form: source.form,
      layouts: layoutsOf(lines, c),
    },
    budget,
    scores: scored || c.grade
      ? { total: c.total?.value ?? null, grade: c.grade?.value ?? null, line: c.total?.line ?? null, gradeLine: c.grade?.line ?? null, bands: c.bands }
      : null,
    indicators,
    diagnostics,
  };
}

// A title that starts with the form's name has its subject on the line above, if that line is a short phrase.
const HEADLESS_TITLE = /^(?:(?:项目|部门|单位)?(?:整体)?(?:支出)?)绩效/;
const TITLE_HEAD = /^[^，。；：:,;]{4,60}$/;

/** The first heading or short line near the top that names a performance form. */
function findTitle(lines: readonly Line[], c: Collector): string | null {
  let seen = 0;
  let before: Line | null = null;
  // A line that names the form (…自评表, …表（2022年度）) is the title before one that only mentions 自评 (a page's menu).
  const named = lines.filter((l) => l.kind !== 'blank').slice(0, 12).some((l) => isTitle(titleText(l)) && FORM_NAME.test(titleText(l)));
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (++seen > 12) break;
    const text = titleText(line);
    if (text && isTitle(text) && (!named || FORM_NAME.test(text))) {
      // A title cell in a row of other cells leaves the row to the readers of those cells.
      if (text === line.text) c.used.add(line.no);
      // A title wrapped over two lines: '某县水利局2023年度…工程项目' above '绩效自评报告'.
      if (before && HEADLESS_TITLE.test(text.replace(/\s+/g, '')) && !c.used.has(before.no) && TITLE_HEAD.test(before.text)) {
        c.used.add(before.no);
        return before.text + text;
      }
      return text;
    }
    before = line.kind === 'prose' || line.kind === 'heading' ? line : null;
    // A letterhead above the title names the filing body, after any 部门名称 the form states.
    if (text && isOrganisationName(text)) {
      c.department = offerFact(c.department, text.replace(/\s+/g, ''), DEPARTMENT_KEYS.length, line.no);
      c.used.add(line.no);
    }
  }
  return null;
}

const FORM_NAME = /(?:表|报告)\s*(?:[（(][^（）()]*[）)])?$/;

/** The text a line offers as a title: a prose line's, a row's single cell, or a row's first cell naming the form. */
function titleText(line: Line): string {
  if (line.kind !== 'row') return line.text;
  const filled = line.cells.filter(Boolean);
  if (filled.length === 1) return line.text;
  // A crawler joins the title to the cells after it: 2022年度项目支出绩效自评表 | 部门:某中学.
  const first = filled[0] ?? '';
  return isTitle(first) && FORM_NAME.test(first) ? first : '';
}

// （2023年度）, and a monitoring form's （2025年1-8月）.
const YEAR_LINE = /^[（(]?\s*((?:19|20)\d{2})\s*年(?:度|\s*\d{1,2}\s*[-—–至~～]\s*\d{1,2}\s*月份?)?\s*[)）]?$/;

// 绩效目标自评表 (2019年度): the form's name again with its year in brackets.
const TITLE_YEAR = /[（(]((?:19|20)\d{2})年度?[)）]$/;

/** A '（2025年度）' line near the top, or a line naming the form that ends with it. */
function yearLine(lines: readonly Line[]): number | null {
  for (const line of lines.slice(0, 20)) {
    const text = foldDigits(line.text).replace(/\s+/g, '');
    const m = (line.text.length <= 16 ? YEAR_LINE.exec(text) : null) ?? (isTitle(line.text) ? TITLE_YEAR.exec(text) : null);
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}
const GOAL_KEY = /绩效目标|总体目标|年度目标|整体目标/;

/** A year from a `(2023年度)` line or a goal statement that opens with its year. */
function findGoalYear(lines: readonly Line[], c: Collector): void {
  if (c.year) return;
  for (const line of lines) {
    const m = line.text.length <= 16 ? YEAR_LINE.exec(foldDigits(line.text).replace(/\s+/g, '')) : null;
    if (m?.[1]) {
      c.year = { value: m[1], rank: 0, line: line.no };
      c.used.add(line.no);
      return;
    }
    if (line.kind !== 'row') continue;
    const key = line.cells.findIndex((cell) => cell.length <= 12 && GOAL_KEY.test(cell));
    const goal = key >= 0 ? line.cells.slice(key + 1).find(Boolean) : undefined;
    const y = goal ? /^((?:19|20)\d{2})\s*年/.exec(foldDigits(goal)) : null;
    if (y?.[1]) {
      c.year = { value: y[1], rank: 1, line: line.no };
      c.used.add(line.no);
      return;
    }
  }
}

/** The cells of rows, and of `项目名称：X` lines split at the colon, for the kind's hints. */
function* keyCells(lines: readonly Line[]): Iterable<readonly string[]> {
  for (const line of lines) {
    if (line.kind === 'row') yield line.cells;
    else if (line.kind === 'prose' && line.text.length <= 60) yield line.text.split(/[：:]/);
  }
}

function layoutsOf(lines: readonly Line[], c: Collector): Layout[] {
  const seen = new Set<Layout>(c.layouts);
  for (const line of lines) for (const l of line.layouts) seen.add(l);
  return LAYOUTS.filter((l) => seen.has(l));
}

/** Two forms in one file state two totals (or grades): neither is the document's, and the sum cannot be checked. */
function severalForms(c: Collector): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (c.total && c.otherTotals.length > 0) {
    const all = [c.total, ...c.otherTotals];
    out.push({ severity: 'warning', code: 'several-totals', line: c.total.line, message: `Unexpected ${all.length} different totals (${all.map((t) => `${t.value} on line ${t.line}`).join(', ')}), expected one per document; the total is left empty` });
    c.total = null;
  }
  if (c.grade && c.otherGrades.length > 0) {
    out.push({ severity: 'warning', code: 'several-grades', line: c.grade.line, message: `Unexpected ${c.otherGrades.length + 1} different grades, expected one per document; the grade is left empty` });
    c.grade = null;
  }
  return out;
}
