// `gzperf validate`: inputs → documents → findings (SPEC §6) as text, json or github annotations on stdout.
//   gzperf validate 'reports/**/*.txt' -f github --max-warnings 10 → '::error file=…,line=41,title=score-sum-mismatch::…', exit 1
import { Chalk } from 'chalk';
import type { MainIO } from '../cli.js';
import { unreadableFinding, validateDocument, type Finding, type Severity } from '../check/index.js';
import { parse } from '../parse.js';
import { ParsedDocument } from '../schema.js';
import { UnreadableError } from '../read/decode.js';
import { expandArgs, readArg, type Input } from './inputs.js';
import { formatMessage } from './messages.js';

export interface ValidateFlags {
  format: string;
  maxWarnings?: number;
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
  const reports: FileReport[] = [];
  // One file at a time, so a large glob does not hold every file's bytes at once.
  for (const path of await expandArgs(files)) {
    const input = await readArg(path, io.stdin);
    reports.push(report(input.path, await check(input)));
  }
  const color = Boolean(io.stdout.isTTY) && !(io.env ?? process.env).NO_COLOR;
  const format = flags.format === 'json' ? formatJson : flags.format === 'github' ? formatGithub : (r: FileReport[]) => formatText(r, color);
  io.stdout.write(format(reports));
  const errors = sum(reports, 'errorCount');
  const warnings = sum(reports, 'warningCount');
  const tooMany = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  if (tooMany) io.stderr.write(`gzperf validate: ${plural(warnings, 'warning')}, more than --max-warnings ${flags.maxWarnings}\n`);
  if (reports.some((r) => r.findings.some((f) => NOT_CHECKED.has(f.code)))) return 2;
  return errors > 0 || tooMany ? 1 : 0;
}

async function check(input: Input): Promise<Finding[]> {
  if ('error' in input) return [unreadableFinding(input.error)];
  try {
    const docs = await parse(input.bytes, { path: input.path });
    // validate is the CI gate, so it also holds the output to its contract; parse skips this to start fast.
    for (const doc of docs) {
      const contract = ParsedDocument.safeParse(doc);
      if (!contract.success) throw new Error(`output does not match the schema at ${contract.error.issues[0]?.path.join('.') ?? '?'}`);
    }
    return docs.flatMap((doc) => validateDocument(doc));
  } catch (error) {
    if (error instanceof UnreadableError) return [unreadableFinding(error.message)];
    const reason = error instanceof Error ? error.message : String(error);
    return [{ severity: 'error', code: 'internal', line: 0, message: `Internal error (${reason}); please report it with this file` }];
  }
}

export function report(path: string, findings: Finding[]): FileReport {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return { path, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), findings };
}

/** eslint-style: one line per error or warning (info only in json), then a summary. */
export function formatText(reports: FileReport[], color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines = reports.flatMap((r) =>
    shown(r).map((f) => formatMessage(r.path, f.line, paint[f.severity](f.severity), f.message, chalk.dim(f.code))),
  );
  const [errors, warnings] = [sum(reports, 'errorCount'), sum(reports, 'warningCount')];
  if (errors + warnings === 0) return `${chalk.green('✔')} no problems\n`;
  const summary = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return [...lines, '', (errors > 0 ? chalk.red : chalk.yellow).bold(summary), ''].join('\n');
}

export function formatJson(reports: FileReport[]): string {
  const stable = reports.map((r) => ({
    path: r.path,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    findings: r.findings.map((f) => ({ severity: f.severity, code: f.code, line: f.line, message: f.message })),
  }));
  return JSON.stringify(stable, null, 2) + '\n';
}

/** GitHub workflow commands: `::error file=…,line=…,title=CODE::message`; a whole-file finding has no line. */
export function formatGithub(reports: FileReport[]): string {
  return reports
    .flatMap((r) =>
      shown(r).map((f) => {
        const line = f.line > 0 ? `,line=${f.line}` : '';
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
