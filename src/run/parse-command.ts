// `gzperf parse`: inputs → documents → the chosen format on stdout or -o FILE, one document at a time.
//   gzperf parse 'reports/**/*.txt' -f ndjson --jobs 4
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { MainIO } from '../cli.js';
import { createWriter, type Format, type Writer } from '../write/index.js';
import type { TableName } from '../write/tables.js';
import type { CommonFlags } from '../cli.js';
import { say, type Lang } from '../messages/index.js';
import { inputsBesideOutput } from './clash.js';
import { describeFsError } from './fs-errors.js';
import { expandArgs, readArg, type Input } from './inputs.js';
import { teller, type Tell } from './messages.js';
import { uiFrom, useColor, type Ui } from './ui.js';
import { runOrdered } from './pool.js';
import { chooseJobs, startEngine } from './engine.js';
import { openOutput, type Output } from './output.js';
import { createProgress, NO_PROGRESS } from './progress.js';
import { count, newTally, summary, type Tally } from './tally.js';
import type { ParseOutcome } from './worker.js';

export interface ParseFlags extends Partial<CommonFlags> {
  /** Unset: the table on a terminal, json when piped or written with -o. */
  format?: string;
  output?: string;
  bom: boolean;
  /** CSV: which table. */
  table?: string;
  /** Worker threads; unset means the number of cores for a large batch, one thread for a small one. */
  jobs?: number;
  /** One document per form of a file holding several, instead of one per file. */
  splitForms?: boolean;
}

type Outcome = ParseOutcome | { unreadable: string };

export async function runParse(files: string[], flags: ParseFlags, io: MainIO): Promise<number> {
  const target = flags.output === undefined || flags.output === '-' ? undefined : flags.output;
  const ui = uiFrom(flags, io.env ?? process.env);
  const tell = teller(io.stderr, ui);
  let paths: string[] | undefined = await expandArgs(files, flags.ignore);
  if (target) paths = await inputsBesideOutput(paths, files, target, tell);
  if (!paths) return 2;
  let output: Output | undefined;
  try {
    output = target ? await openOutput(target, ui.lang) : undefined;
  } catch (error) {
    tell(target ?? '', 'error', 'unwritable', { reason: (error as Error).message });
    return 2;
  }
  return parseInto(paths, output, flags, io, ui);
}

/** The first thing a person sees is readable: a table on a terminal; a script that pipes or writes a file gets JSON. */
function formatOf(flags: ParseFlags, output: Output | undefined, io: MainIO): Format {
  return (flags.format ?? (!output && io.stdout.isTTY ? 'table' : 'json')) as Format;
}

async function parseInto(paths: string[], output: Output | undefined, flags: ParseFlags, io: MainIO, ui: Ui): Promise<number> {
  const out = output?.stream ?? io.stdout;
  // Into a file only --color colours; on stdout FORCE_COLOR, NO_COLOR and the terminal decide too.
  const color = output ? Boolean(ui.color) : useColor(ui.color, io.env ?? process.env, io.stdout);
  const format = formatOf(flags, output, io);
  const columns = io.stdout.isTTY ? (io.stdout as { columns?: number }).columns : undefined;
  const options = { bom: flags.bom, color, lang: ui.lang, table: (flags.table ?? 'indicators') as TableName, ...(columns ? { width: columns } : {}) };
  if (format === 'xlsx' && !output && io.stdout.isTTY) {
    io.stderr.write(say('xlsx-to-terminal', {}, ui.lang) + '\n');
    return 2;
  }
  const writer = await createWriter(format, options);
  // Data going to the same terminal would tear the progress line, and shows progress by itself.
  const progress = !ui.quiet && (output || !io.stdout.isTTY) ? createProgress(io.stderr, paths.length) : NO_PROGRESS;
  const tell = teller(io.stderr, ui, () => progress.clear());
  const engine = await startEngine(await chooseJobs(paths, flags.jobs));
  const tally = newTally();
  try {
    await write(out, writer.head());
    await runOrdered<Input, Outcome>(readEach(paths, io.stdin, ui.lang), {
      concurrency: engine.concurrency,
      run: (input, index) => {
        progress.update(index + 1, input.path);
        return 'error' in input ? Promise.resolve({ unreadable: input.error }) : engine.parse({ ...input, format, options, splitForms: flags.splitForms === true });
      },
      emit: (input, outcome) => emitOutcome(input.path, outcome, { out, writer, tell, tally }),
    });
    await write(out, writer.tail(tally.documents));
    if (writer.finish) await write(out, await writer.finish());
    // Nothing could be read at all: the old -o file is worth more than an empty result.
    if (output && tally.read === 0) {
      await output.abort();
      tell(flags.output ?? '', 'warning', 'output-kept');
    } else await output?.commit();
  } catch (error) {
    await output?.abort();
    // -o FILE failed mid-run (a full disk): one message; stdout's own failures are the bin's to report.
    if (!output) throw error;
    tell(flags.output ?? '', 'error', 'unwritable', { reason: describeFsError(error, true, ui.lang) });
    return 2;
  } finally {
    progress.clear();
    await engine.close();
  }
  if (io.stderr.isTTY && !ui.quiet) io.stderr.write(summary(tally, ui.lang) + '\n');
  return tally.unreadable > 0 || tally.failed > 0 ? 2 : 0;
}

interface Sink {
  out: Writable;
  writer: Writer;
  tell: Tell;
  tally: Tally;
}

/** One input's outcome, in input order: its documents written piece by piece, or one message why not. */
async function emitOutcome(path: string, outcome: Outcome, { out, writer, tell, tally }: Sink): Promise<void> {
  if ('unreadable' in outcome) {
    tell(path, 'error', 'unreadable', { reason: outcome.unreadable });
    tally.unreadable++;
    return;
  }
  tally.read++;
  if ('failure' in outcome) {
    tell(path, 'error', 'internal', { reason: outcome.failure });
    tally.failed++;
    return;
  }
  for (const doc of outcome.documents) {
    count(tally, doc);
    if (doc.indicators === 0) tell(path, 'warning', 'parse.no-indicators', {}, 'no-indicators');
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
async function* readEach(paths: string[], stdin: Readable | undefined, lang: Lang): AsyncGenerator<Input> {
  const reading: Promise<Input>[] = [];
  let next = 0;
  const readMore = (): void => {
    // Standard input is read only once everything before it is out, as the one reader of that stream.
    while (reading.length < READ_AHEAD && next < paths.length && (paths[next] !== '-' || reading.length === 0)) {
      reading.push(readArg(paths[next++]!, stdin, undefined, lang));
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
