// Documents → a terminal view for people: heading, the indicators under their groups with names wrapped to the
// terminal's width, budget, score, and the diagnostics themselves.
//   doc, 80 columns → 'a.txt  某局2020年绩效自评表  [department-evaluation · 某局 · 2020]\n  ▸ 1.稳增长…\n  category  name …'
import { Chalk, type ChalkInstance } from 'chalk';
import type { BudgetItem, Indicator, ParsedDocument } from '../schema.js';
import type { Writer } from './index.js';
import { charWidth, displayWidth, fitWidth, padWidth } from '../extract/width.js';
import { say, sayCode, type Lang, type MessageId } from '../messages/index.js';

interface Column<T> {
  header: MessageId;
  /** Widest the column may grow, in terminal columns; the wrapping column takes what the others leave. */
  max: number;
  text: (row: T, lang: Lang) => string;
  /** Long text wraps onto more lines instead of ending in …. */
  wrap?: boolean;
  paint?: (row: T, chalk: ChalkInstance) => (text: string) => string;
}

const INDENT = '  ';
const GAP = '  ';
/** Narrowest a wrapped name may get, however narrow the terminal. */
const MIN_WRAP = 12;
export const DEFAULT_WIDTH = 100;

const INDICATOR_COLUMNS: Column<Indicator>[] = [
  { header: 'table.category', max: 16, text: (i) => i.category.at(-1) ?? '' },
  { header: 'table.name', max: 60, wrap: true, text: (i) => i.name },
  { header: 'table.target', max: 16, text: (i) => i.target?.raw ?? '' },
  { header: 'table.achieved', max: 16, text: (i) => i.achieved?.raw ?? '' },
  { header: 'table.score', max: 11, text: (i) => (i.score ? `${i.score.got ?? '-'}/${i.score.max ?? '-'}` : '') },
  { header: 'table.status', max: 7, text: (i, lang) => say(`status.${i.status}`, {}, lang), paint: (i, c) => STATUS_PAINT[i.status](c) },
];

const STATUS_PAINT: Record<Indicator['status'], (c: ChalkInstance) => (text: string) => string> = {
  met: (c) => c.green,
  'not-met': (c) => c.red,
  unknown: (c) => c.yellow,
};

const BUDGET_COLUMNS: Column<BudgetItem>[] = [
  { header: 'table.budget-item', max: 40, wrap: true, text: (b) => b.item },
  { header: 'table.column', max: 14, text: (b) => b.column ?? '' },
  { header: 'table.as-written', max: 18, text: (b) => b.amount.raw },
  { header: 'table.amount', max: 20, text: (b) => (b.amount.value === undefined ? '' : `${b.amount.value} ${b.amount.unit ?? ''}`) },
  { header: 'table.line', max: 6, text: (b) => String(b.line) },
];

/** `width`: the terminal's columns; lines never grow wider unless even the narrowest layout does not fit. */
export function tableWriter(color: boolean, width = DEFAULT_WIDTH, lang: Lang = 'en'): Writer {
  // An explicit level, not chalk's own detection: the caller decides (TTY, NO_COLOR) and tests stay deterministic.
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    head: () => '',
    before: (index) => (index === 0 ? '' : '\n'),
    document: (doc) => renderDocument(doc, chalk, width, lang).join('\n') + '\n',
    tail: () => '',
  };
}

function renderDocument(doc: ParsedDocument, chalk: ChalkInstance, width: number, lang: Lang): string[] {
  const lines = [heading(doc, chalk, lang)];
  if (doc.indicators.length === 0) lines.push(INDENT + chalk.dim(say('table.no-indicators', {}, lang)));
  else lines.push(...renderTable(INDICATOR_COLUMNS, doc.indicators, { chalk, width, lang }, (i) => i.group));
  if (doc.budget.length > 0) lines.push(...renderTable(BUDGET_COLUMNS, doc.budget, { chalk, width, lang }));
  lines.push(INDENT + scoreLine(doc, lang), ...diagnosticLines(doc, chalk, width, lang));
  return lines;
}

function heading(doc: ParsedDocument, chalk: ChalkInstance, lang: Lang): string {
  const { title, kind, department, year } = doc.document;
  const facts = [kind, department ?? say('table.no-department', {}, lang), year === null ? say('table.no-year', {}, lang) : String(year)].map(clean).join(' · ');
  return `${chalk.bold(clean(doc.source.path))}  ${clean(title ?? say('table.no-title', {}, lang))}  ${chalk.dim(`[${facts}]`)}`;
}

function scoreLine(doc: ParsedDocument, lang: Lang): string {
  if (!doc.scores) return say('table.score-none', {}, lang);
  const { total, grade } = doc.scores;
  return say('table.score-line', { total, grade: grade === null ? null : clean(grade) }, lang);
}

const SEVERITY_PAINT = { error: (c: ChalkInstance) => c.red, warning: (c: ChalkInstance) => c.yellow, info: (c: ChalkInstance) => c.dim };

/** The count, then each error and warning on its own line; notes (info) are counted, listed only in json. */
function diagnosticLines(doc: ParsedDocument, chalk: ChalkInstance, width: number, lang: Lang): string[] {
  const count = doc.diagnostics.length;
  const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
  const text = say('table.diagnostics', { count, errors }, lang);
  const head = INDENT + (count === 0 ? chalk.dim(text) : errors > 0 ? chalk.red(text) : chalk.yellow(text));
  const shown = doc.diagnostics.filter((d) => d.severity !== 'info');
  const lines = shown.map((d) => {
    const lead = `${say('table.line', {}, lang)} ${d.line}  ${say(`severity.${d.severity}`, {}, lang)}  ${d.code}  `;
    const message = sayCode(d.code, { text: d.text }, d.message, lang);
    return INDENT + INDENT + SEVERITY_PAINT[d.severity](chalk)(lead) + fitWidth(clean(message), Math.max(MIN_WRAP, width - 4 - displayWidth(lead)));
  });
  return [head, ...lines];
}

interface Look {
  chalk: ChalkInstance;
  width: number;
  lang: Lang;
}

function renderTable<T>(columns: Column<T>[], rows: T[], { chalk, width, lang }: Look, groupOf?: (row: T) => string | null): string[] {
  const texts = rows.map((row) => columns.map((col) => clean(col.text(row, lang))));
  const headers = columns.map((c) => say(c.header, {}, lang));
  const widths = columnWidths(columns, headers, texts, width);
  const layout = (cells: string[]) => cells.map((t, i) => (i === cells.length - 1 ? t : padWidth(t, widths[i] ?? 0)));
  const out = [chalk.dim(layout(headers).join(GAP))];
  let group: string | null | undefined;
  rows.forEach((row, r) => {
    const g = groupOf?.(row);
    if (g && g !== group) out.push(chalk.bold(`▸ ${fitWidth(clean(g), Math.max(MIN_WRAP, width - 4))}`));
    group = g;
    // Each cell as its lines: wrapped columns over several, the others cut to one.
    const cells = columns.map((col, i) => {
      const text = texts[r]![i] ?? '';
      return col.wrap ? wrapWidth(text, widths[i]!) : [fitWidth(text, widths[i]!)];
    });
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const line = layout(cells.map((c) => c[k] ?? '')).map((text, i) => (k === 0 ? (columns[i]?.paint?.(row, chalk)(text) ?? text) : text));
      out.push(line.join(GAP).trimEnd());
    }
  });
  return out.map((line) => INDENT + line);
}

/** Each column as wide as its widest cell up to its max; the wrapping column gets what is left of `width`. */
function columnWidths<T>(columns: Column<T>[], headers: string[], texts: string[][], width: number): number[] {
  const natural = columns.map((col, i) => Math.min(col.max, Math.max(displayWidth(headers[i] ?? ''), ...texts.map((r) => displayWidth(r[i] ?? '')))));
  const wrapAt = columns.findIndex((c) => c.wrap);
  if (wrapAt < 0) return natural;
  const others = natural.reduce((sum, w, i) => (i === wrapAt ? sum : sum + w), 0);
  const room = width - displayWidth(INDENT) - displayWidth(GAP) * (columns.length - 1) - others;
  natural[wrapAt] = Math.max(MIN_WRAP, Math.min(natural[wrapAt]!, room));
  return natural;
}

/** `text` cut into lines of at most `width` columns, by display width (a Chinese name has no spaces to break at). */
export function wrapWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width && line !== '') {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (char === ' ') continue;
    }
    line += char;
    used += w;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

// Document text is data, not terminal control: newlines, tabs and escape codes become one space.
function clean(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
