// `gzperf parse`: inputs → documents → the chosen format on stdout or -o FILE, one document at a time.
//   gzperf parse 'reports/**/*.txt' -f ndjson --jobs 4
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { MainIO } from '../cli.js';
import { createWriter, type Format, type Writer } from '../write/index.js';
import type { TableName } from '../write/tables.js';
import { findClash } from './clash.js';
import { describeFsError } from './fs-errors.js';
import { expandArgs, readArg, type Input } from './inputs.js';
import { formatMessage } from './messages.js';
import { runOrdered } from './pool.js';
import { chooseJobs, startEngine } from './engine.js';
import { openOutput, type Output } from './output.js';
import { createProgress, NO_PROGRESS } from './progress.js';
import { count, newTally, summary, type Tally } from './tally.js';
import type { ParseOutcome } from './worker.js';

export interface ParseFlags {
  format: string;
  output?: string;
  bom: boolean;
  /** CSV: which table. */
  table?: string;
  /** Worker threads; unset means the number of cores for a large batch, one thread for a small one. */
  jobs?: number;
}

type Outcome = ParseOutcome | { unreadable: string };
type Say = (path: string, severity: string, message: string, code: string) => void;

export async function runParse(files: string[], flags: ParseFlags, io: MainIO): Promise<number> {
  const target = flags.output === undefined || flags.output === '-' ? undefined : flags.output;
  const say: Say = (path, severity, message, code) => {
    io.stderr.write(formatMessage(path, 0, severity, message, code) + '\n');
  };
  let paths = await expandArgs(files);
  if (target) {
    // Checked before anything is read or opened: the file the user asked to read must not be emptied.
    const clash = await findClash(paths, files, target);
    if (clash.refused) {
      say(target, 'error', 'Cannot write the output over an input; choose another -o file', 'output-is-input');
      return 2;
    }
    for (const path of clash.skipped) say(path, 'warning', 'Skipped: it is the output file (-o) of this run', 'output-skipped');
    paths = paths.filter((path) => !clash.skipped.includes(path));
    if (paths.length === 0) {
      say(target, 'error', 'No input left to read: the only match is the output file; it is left unchanged', 'no-input');
      return 2;
    }
  }
  let output: Output | undefined;
  try {
    output = target ? await openOutput(target) : undefined;
  } catch (error) {
    say(target ?? '', 'error', `Cannot write: ${(error as Error).message}`, 'unwritable');
    return 2;
  }
  return parseInto(paths, output, flags, io, say);
}

async function parseInto(paths: string[], output: Output | undefined, flags: ParseFlags, io: MainIO, say: Say): Promise<number> {
  const out = output?.stream ?? io.stdout;
  const color = !output && Boolean(io.stdout.isTTY) && !(io.env ?? process.env).NO_COLOR;
  const format = flags.format as Format;
  const options = { bom: flags.bom, color, table: (flags.table ?? 'indicators') as TableName, ...(io.stdout.isTTY && (io.stdout as { columns?: number }).columns ? { width: (io.stdout as { columns?: number }).columns! } : {}) };
  if (format === 'xlsx' && !output && io.stdout.isTTY) {
    io.stderr.write('gzperf parse: -f xlsx writes a binary workbook; name a file with -o FILE.xlsx or redirect stdout\n');
    return 2;
  }
  const writer = await createWriter(format, options);
  // Data going to the same terminal would tear the progress line, and shows progress by itself.
  const progress = output || !io.stdout.isTTY ? createProgress(io.stderr, paths.length) : NO_PROGRESS;
  const report: Say = (...args) => {
    progress.clear();
    say(...args);
  };
  const engine = await startEngine(await chooseJobs(paths, flags.jobs));
  const tally = newTally();
  try {
    await write(out, writer.head());
    await runOrdered<Input, Outcome>(readEach(paths, io.stdin), {
      concurrency: engine.concurrency,
      run: (input, index) => {
        progress.update(index + 1, input.path);
        return 'error' in input ? Promise.resolve({ unreadable: input.error }) : engine.parse({ ...input, format, options });
      },
      emit: (input, outcome) => emitOutcome(input.path, outcome, { out, writer, report, tally }),
    });
    await write(out, writer.tail(tally.documents));
    if (writer.finish) await write(out, await writer.finish());
    // Nothing could be read at all: the old -o file is worth more than an empty result.
    if (output && tally.read === 0) {
      await output.abort();
      report(flags.output ?? '', 'warning', 'Left unchanged: no input could be read', 'output-kept');
    } else await output?.commit();
  } catch (error) {
    await output?.abort();
    // -o FILE failed mid-run (a full disk): one message; stdout's own failures are the bin's to report.
    if (!output) throw error;
    report(flags.output ?? '', 'error', `Cannot write: ${describeFsError(error, true)}`, 'unwritable');
    return 2;
  } finally {
    progress.clear();
    await engine.close();
  }
  if (io.stderr.isTTY) io.stderr.write(summary(tally) + '\n');
  return tally.unreadable > 0 || tally.failed > 0 ? 2 : 0;
}

interface Sink {
  out: Writable;
  writer: Writer;
  report: Say;
  tally: Tally;
}

/** One input's outcome, in input order: its documents written piece by piece, or one message why not. */
async function emitOutcome(path: string, outcome: Outcome, { out, writer, report, tally }: Sink): Promise<void> {
  if ('unreadable' in outcome) {
    report(path, 'error', `Cannot read: ${outcome.unreadable}`, 'unreadable');
    tally.unreadable++;
    return;
  }
  tally.read++;
  if ('failure' in outcome) {
    report(path, 'error', `Internal error (${outcome.failure}); please report it with this file`, 'internal');
    tally.failed++;
    return;
  }
  for (const doc of outcome.documents) {
    count(tally, doc);
    if (doc.indicators === 0) report(path, 'warning', 'No indicator found in this document (it has no rows in CSV)', 'no-indicators');
    // A workbook is made at the end from every document's rows; other formats go out as each document is done.
    if (writer.collect) writer.collect(doc.pieces.join(''));
    else {
      await write(out, writer.before(tally.documents - 1));
      for (const piece of doc.pieces) await write(out, piece);
    }
  }
}

// Files being read while the current one is parsed: enough to hide the disk, few enough to bound memory.
const READ_AHEAD = 4;

/** Reads each input shortly before the pool asks for it, so memory does not grow with the number of files. */
async function* readEach(paths: string[], stdin: Readable | undefined): AsyncGenerator<Input> {
  const reading: Promise<Input>[] = [];
  let next = 0;
  const readMore = (): void => {
    // Standard input is read only once everything before it is out, as the one reader of that stream.
    while (reading.length < READ_AHEAD && next < paths.length && (paths[next] !== '-' || reading.length === 0)) {
      reading.push(readArg(paths[next++]!, stdin));
    }
  };
  readMore();
  for (let head = reading.shift(); head; head = reading.shift()) {
    const input = await head;
    readMore();
    yield input;
  }
}

// Waiting for 'drain' keeps a slow reader (a file, a pipe) from piling documents up in memory.
async function write(out: Writable, text: string | Uint8Array): Promise<void> {
  if (out.errored) throw out.errored;
  if (text.length === 0 || out.write(text)) return;
  await once(out, 'drain');
}
