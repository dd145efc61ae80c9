// Documents → a terminal view for people: heading, aligned indicator table, budget, score, diagnostics count.
//   doc → 'a.txt  某局2020年绩效自评表  [department-evaluation · 某局 · 2020]\n  category  name  target …\n'
import { Chalk, type ChalkInstance } from 'chalk';
import type { BudgetItem, Indicator, ParsedDocument } from '../schema.js';
import type { Writer } from './index.js';
import { displayWidth, fitWidth, padWidth } from '../extract/width.js';

interface Column<T> {
  header: string;
  /** Widest the column may grow, in terminal columns; longer cells end in …. */
  max: number;
  text: (row: T) => string;
  paint?: (row: T, chalk: ChalkInstance) => (text: string) => string;
}

const INDENT = '  ';
const GAP = '  ';

const INDICATOR_COLUMNS: Column<Indicator>[] = [
  { header: 'category', max: 18, text: (i) => i.category.join('/') },
  { header: 'name', max: 36, text: (i) => i.name },
  { header: 'target', max: 18, text: (i) => i.target?.raw ?? '' },
  { header: 'achieved', max: 18, text: (i) => i.achieved?.raw ?? '' },
  { header: 'score', max: 13, text: (i) => (i.score ? `${i.score.got ?? '-'}/${i.score.max ?? '-'}` : '') },
  { header: 'status', max: 7, text: (i) => i.status, paint: (i, c) => STATUS_PAINT[i.status](c) },
];

const STATUS_PAINT: Record<Indicator['status'], (c: ChalkInstance) => (text: string) => string> = {
  met: (c) => c.green,
  'not-met': (c) => c.red,
  unknown: (c) => c.yellow,
};

const BUDGET_COLUMNS: Column<BudgetItem>[] = [
  { header: 'budget item', max: 30, text: (b) => b.item },
  { header: 'column', max: 18, text: (b) => b.column ?? '' },
  { header: 'as written', max: 24, text: (b) => b.amount.raw },
  { header: 'amount', max: 24, text: (b) => (b.amount.value === undefined ? '' : `${b.amount.value} ${b.amount.unit ?? ''}`) },
  { header: 'line', max: 6, text: (b) => String(b.line) },
];

export function tableWriter(color: boolean): Writer {
  // An explicit level, not chalk's own detection: the caller decides (TTY, NO_COLOR) and tests stay deterministic.
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return {
    head: () => '',
    before: (index) => (index === 0 ? '' : '\n'),
    document: (doc) => renderDocument(doc, chalk).join('\n') + '\n',
    tail: () => '',
  };
}

function renderDocument(doc: ParsedDocument, chalk: ChalkInstance): string[] {
  const lines = [heading(doc, chalk)];
  if (doc.indicators.length === 0) lines.push(INDENT + chalk.dim('(no indicators)'));
  else lines.push(...renderTable(INDICATOR_COLUMNS, doc.indicators, chalk));
  if (doc.budget.length > 0) lines.push(...renderTable(BUDGET_COLUMNS, doc.budget, chalk));
  lines.push(INDENT + scoreLine(doc), INDENT + diagnosticsLine(doc, chalk));
  return lines;
}

function heading(doc: ParsedDocument, chalk: ChalkInstance): string {
  const { title, kind, department, year } = doc.document;
  const facts = [kind, department ?? 'no department', year === null ? 'no year' : String(year)].map(clean).join(' · ');
  return `${chalk.bold(clean(doc.source.path))}  ${clean(title ?? '(no title)')}  ${chalk.dim(`[${facts}]`)}`;
}

function scoreLine(doc: ParsedDocument): string {
  if (!doc.scores) return 'score: none';
  const { total, grade } = doc.scores;
  return `score: total ${total ?? '-'} · grade ${clean(grade ?? '-')}`;
}

function diagnosticsLine(doc: ParsedDocument, chalk: ChalkInstance): string {
  const count = doc.diagnostics.length;
  const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
  const text = `${count} diagnostic${count === 1 ? '' : 's'}` + (errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : '');
  if (count === 0) return chalk.dim(text);
  return errors > 0 ? chalk.red(text) : chalk.yellow(text);
}

function renderTable<T>(columns: Column<T>[], rows: T[], chalk: ChalkInstance): string[] {
  const cells = rows.map((row) => columns.map((col) => fitWidth(clean(col.text(row)), col.max)));
  const headers = columns.map((col) => col.header);
  const widths = columns.map((_, i) => Math.max(...[headers, ...cells].map((r) => displayWidth(r[i] ?? ''))));
  const layout = (texts: string[]) => texts.map((t, i) => (i === texts.length - 1 ? t : padWidth(t, widths[i] ?? 0)));
  const body = rows.map((row, r) =>
    layout(cells[r] ?? [])
      .map((text, i) => columns[i]?.paint?.(row, chalk)(text) ?? text)
      .join(GAP),
  );
  return [chalk.dim(layout(headers).join(GAP)), ...body].map((line) => INDENT + line);
}

// Document text is data, not terminal control: newlines, tabs and escape codes become one space.
function clean(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
