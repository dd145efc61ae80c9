// `gzperf validate`: inputs → documents → findings (SPEC §6) as text, json or github annotations on stdout.
//   gzperf validate 'reports/**/*.txt' -f github --max-warnings 10 → '::error file=…,line=41,title=score-sum-mismatch::…', exit 1
import { Chalk } from 'chalk';
import type { MainIO } from '../cli.js';
import { unreadableFinding, validateDocument, type Finding, type Severity } from '../check/index.js';
import { parse } from '../parse.js';
import { ParsedDocument } from '../schema.js';
import { UnreadableError } from '../read/decode.js';
import { once } from 'node:events';
import type { CommonFlags } from '../cli.js';
import { say, sayCode, type Lang } from '../messages/index.js';
import { inputsBesideOutput } from './clash.js';
import { withColumns } from './columns.js';
import { describeFsError } from './fs-errors.js';
import { expandArgs, readArg, type Input } from './inputs.js';
import { formatMessage, teller, type Tell } from './messages.js';
import { openOutput, type Output } from './output.js';
import { uiFrom, useColor } from './ui.js';

export interface ValidateFlags extends Partial<CommonFlags> {
  format: string;
  maxWarnings?: number;
  /** Write the report there, through a temporary file renamed at the end (as parse -o). */
  output?: string;
}

/** One input's findings and their counts: the element of `--format json`, field names documented in the README. */
export interface FileReport {
  path: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  findings: Finding[];
}

// Findings that mean the file was not checked at all: exit 2 (SPEC §2), not 1.
const NOT_CHECKED = new Set(['unreadable', 'internal']);

export async function runValidate(files: string[], flags: ValidateFlags, io: MainIO): Promise<number> {
  const env = io.env ?? process.env;
  const ui = uiFrom(flags, env);
  const tell = teller(io.stderr, ui);
  const target = flags.output === undefined || flags.output === '-' ? undefined : flags.output;
  let paths: string[] | undefined = await expandArgs(files, flags.ignore);
  if (target) paths = await inputsBesideOutput(paths, files, target, tell);
  if (!paths) return 2;
  const reports: FileReport[] = [];
  // One file at a time, so a large glob does not hold every file's bytes at once.
  for (const path of paths) {
    const input = await readArg(path, io.stdin, undefined, ui.lang);
    reports.push(report(input.path, await check(input, ui.lang)));
  }
  const color = target ? Boolean(ui.color) : useColor(ui.color, env, io.stdout);
  const text = formatReports(reports, flags.format, { color, lang: ui.lang, quiet: ui.quiet });
  if (!(await writeReport(text, target, io, tell, ui.lang))) return 2;
  const errors = sum(reports, 'errorCount');
  const warnings = sum(reports, 'warningCount');
  const tooMany = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  if (tooMany) io.stderr.write(say('too-many-warnings', { warnings, max: flags.maxWarnings }, ui.lang) + '\n');
  if (reports.some((r) => r.findings.some((f) => NOT_CHECKED.has(f.code)))) return 2;
  return errors > 0 || tooMany ? 1 : 0;
}

function formatReports(reports: FileReport[], format: string, how: TextOptions): string {
  const said = reports.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, message: sayCode(f.code, f.params ?? {}, f.message, how.lang ?? 'en') })) }));
  if (format === 'json') return formatJson(said);
  // --quiet: errors only, as eslint --quiet; json keeps every finding, it is data.
  const shownReports = how.quiet ? said.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : said;
  return format === 'github' ? formatGithub(shownReports) : formatText(shownReports, how);
}

/** stdout, or -o FILE replaced in one step (run/output.ts); false when the file could not be written (already told). */
async function writeReport(text: string, target: string | undefined, io: MainIO, tell: Tell, lang: Lang): Promise<boolean> {
  if (!target) {
    io.stdout.write(text);
    return true;
  }
  let output: Output | undefined;
  try {
    output = await openOutput(target, lang);
    if (!output.stream.write(text)) await once(output.stream, 'drain');
    await output.commit();
    return true;
  } catch (error) {
    await output?.abort();
    tell(target, 'error', 'unwritable', { reason: error instanceof Error && !('code' in error) ? error.message : describeFsError(error, true, lang) });
    return false;
  }
}

async function check(input: Input, lang: Lang): Promise<Finding[]> {
  if ('error' in input) return [unreadableFinding(input.error)];
  try {
    // Totals and sums are a form's own: a file holding several forms is checked form by form.
    const docs = await parse(input.bytes, { path: input.path, splitForms: true });
    // validate is the CI gate, so it also holds the output to its contract; parse skips this to start fast.
    for (const doc of docs) {
      const contract = ParsedDocument.safeParse(doc);
      if (!contract.success) throw new Error(`output does not match the schema at ${contract.error.issues[0]?.path.join('.') ?? '?'}`);
    }
    return docs.flatMap((doc) => withColumns(validateDocument(doc), doc, input.bytes));
  } catch (error) {
    if (error instanceof UnreadableError) return [unreadableFinding(error.message)];
    const reason = error instanceof Error ? error.message : String(error);
    return [{ severity: 'error', code: 'internal', line: 0, message: say('internal', { reason }, lang), params: { reason } }];
  }
}

export function report(path: string, findings: Finding[]): FileReport {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return { path, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), findings };
}

export interface TextOptions {
  color: boolean;
  lang?: Lang;
  /** Errors only and no summary line. */
  quiet?: boolean;
}

/** eslint-style: one line per error or warning (info only in json), then a summary. */
export function formatText(reports: FileReport[], how: TextOptions | boolean): string {
  const { color, lang = 'en', quiet = false } = typeof how === 'boolean' ? { color: how } : how;
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines = reports.flatMap((r) =>
    shown(r).map((f) => formatMessage(r.path, f.line, paint[f.severity](say(`severity.${f.severity}`, {}, lang)), f.message, chalk.dim(f.code), f.column)),
  );
  if (quiet) return lines.map((l) => l + '\n').join('');
  const [errors, warnings] = [sum(reports, 'errorCount'), sum(reports, 'warningCount')];
  if (errors + warnings === 0) return `${chalk.green('✔')} ${say('no-problems', {}, lang)}\n`;
  const summary = say('problems', { count: errors + warnings, errors, warnings }, lang);
  return [...lines, '', (errors > 0 ? chalk.red : chalk.yellow).bold(summary), ''].join('\n');
}

export function formatJson(reports: FileReport[]): string {
  const stable = reports.map((r) => ({
    path: r.path,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    findings: r.findings.map((f) => ({ severity: f.severity, code: f.code, line: f.line, column: f.column ?? 1, message: f.message })),
  }));
  return JSON.stringify(stable, null, 2) + '\n';
}

/** GitHub workflow commands: `::error file=…,line=…,title=CODE::message`; a whole-file finding has no line. */
export function formatGithub(reports: FileReport[]): string {
  return reports
    .flatMap((r) =>
      shown(r).map((f) => {
        const line = f.line > 0 ? `,line=${f.line}${f.column ? `,col=${f.column}` : ''}` : '';
        return `::${f.severity} file=${escapeProperty(r.path)}${line},title=${escapeProperty(f.code)}::${escapeData(f.message)}\n`;
      }),
    )
    .join('');
}

// GitHub's own escaping (actions/toolkit command.ts): data escapes % CR LF; properties also : and ,.
export function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

// Info findings (the parser's notes on prose it skipped) would bury the problems; json keeps them.
function shown(r: FileReport): Finding[] {
  return r.findings.filter((f) => f.severity !== 'info');
}

function sum(reports: FileReport[], key: 'errorCount' | 'warningCount'): number {
  return reports.reduce((n, r) => n + r[key], 0);
}
