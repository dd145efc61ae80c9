// The command line: flags → library calls → exit code 0 | 1 | 2. Never calls process.exit.
//   gzperf parse seeds/*.txt -f csv -o out.csv
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { runParse } from './run/parse-command.js';
import { isLang } from './messages/index.js';

export interface MainIO {
  argv: string[];
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin?: Readable;
  env?: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(io: MainIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('gzperf')
    .description('Parse and check Chinese budget-performance documents (绩效目标表, 绩效自评表, 绩效自评报告)')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run gzperf --help for usage)');

  program
    .command('parse')
    .description('read documents (files, globs, or - / nothing for stdin) and print their data')
    .argument('[files...]', 'input files or globs; - or nothing reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped or with -o)').choices(['json', 'ndjson', 'csv', 'table', 'xlsx']))
    .option('-o, --output <file>', 'write there instead of stdout (- is stdout); replaced only when the run completes', parseOutput)
    .option('--no-bom', 'CSV without the UTF-8 byte-order mark')
    .addOption(new Option('--table <table>', 'CSV: which table to write').choices(['indicators', 'budget', 'documents', 'diagnostics']).default('indicators'))
    .option('-j, --jobs <n>', 'worker threads for a large batch (default: the number of cores; a small batch uses one)', parseJobs)
    .option('--split-forms', 'a file holding several forms gives one document per form (document.part), not one per file')
    .action(async (files: string[], opts: { format?: string; output?: string; bom: boolean; table: string; jobs?: number; splitForms?: boolean } & CommonFlags) => {
      code = await runParse(files, opts, io);
    });

  program
    .command('validate')
    .description('run the checks (SPEC §6) for CI; exit 1 on errors')
    .argument('[files...]', 'input files or globs; - or nothing reads stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'github']).default('text'))
    .option('--max-warnings <n>', 'fail when there are more warnings than n', parseCount)
    .option('-o, --output <file>', 'write the report there instead of stdout; replaced only when the run completes', parseOutput)
    .action(async (files: string[], opts: { format: string; maxWarnings?: number; output?: string } & CommonFlags) => {
      // Loaded on demand: validate holds output to the zod contract, which parse does not need at start-up.
      const { runValidate } = await import('./run/validate-command.js');
      code = await runValidate(files, opts, io);
    });

  for (const name of ['parse', 'validate']) addCommon(program.commands.find((c) => c.name() === name)!);

  program
    .command('report')
    .description('write one self-contained HTML page to review documents: what was read, beside where it was read')
    .argument('[files...]', 'input files or globs; - or nothing reads stdin')
    .option('-o, --output <file>', 'write the page there instead of stdout')
    .option('--ignore <glob>', 'leave out inputs matching the glob (repeatable; !GLOB as an argument does the same)', collect, [])
    .addOption(new Option('--lang <lang>', 'language of the page (default: from LANG / LC_ALL)').choices(['en', 'zh-CN']))
    .action(async (files: string[], opts: { output?: string; lang?: string }) => {
      // Loaded on demand: the page's renderer and its chart library are for this command alone.
      const { runReport } = await import('./run/report-command.js');
      code = await runReport(files, opts, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output of parse')
    .action(async () => {
      // Loaded on demand, so that other commands do not pay for JSON-Schema generation at start-up.
      const { runSchema } = await import('./run/schema-command.js');
      code = runSchema(io);
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpish = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return helpish ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return code;
}

/** The flags parse and validate share; see run/ui.ts for how they combine with the environment. */
export interface CommonFlags {
  ignore: string[];
  color?: boolean;
  quiet?: boolean;
  lang?: string;
}

function addCommon(command: Command): void {
  command
    .option('--ignore <glob>', 'leave out inputs matching the glob (repeatable; !GLOB as an argument does the same)', collect, [])
    .option('--color', 'colour the output even when it is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR or FORCE_COLOR=0)')
    .option('-q, --quiet', 'errors only: no progress, no summary, no warnings')
    .option('--lang <lang>', 'language of messages and of the table: en or zh-CN (default: from LC_ALL / LC_MESSAGES / LANG)', parseLang);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseLang(value: string): string {
  if (!isLang(value)) throw new InvalidArgumentError(`Unexpected --lang ${value}, expected en or zh-CN`);
  return value;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`Unexpected --max-warnings ${value}, expected a whole number ≥ 0`);
  return n;
}

// `-o -f ndjson` forgot the file name: a file named -f is never what was meant (./-f still is one).
function parseOutput(value: string): string {
  if (value.startsWith('-') && value !== '-') throw new InvalidArgumentError(`Unexpected -o ${value}, expected a file name (write ./${value} for a file named so)`);
  return value;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`Unexpected --jobs ${value}, expected a whole number ≥ 1`);
  return n;
}
