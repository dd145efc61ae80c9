// `gzperf parse`: inputs → documents → the chosen format on stdout or -o FILE, one document at a time.
//   gzperf parse 'reports/**/*.txt' -f ndjson --jobs 4
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { MainIO } from '../cli.js';
import { createWriter, type Format } from '../write/index.js';
import { findClash } from './clash.js';
import { describeFsError } from './fs-errors.js';
import { expandArgs, readArg, type Input } from './inputs.js';
import { formatMessage } from './messages.js';
import { runOrdered, WorkerPool } from './pool.js';
import { openOutput, type Output } from './output.js';
import { createProgress, NO_PROGRESS } from './progress.js';
import { count, newTally, summary } from './tally.js';
import { parseTask, PARSE_WORKER_FLAG, type ParseOutcome, type ParseTask } from './worker.js';

export interface ParseFlags {
  format: string;
  output?: string;
  bom: boolean;
  /** Worker threads; unset means the number of cores for a large batch, one thread for a small one. */
  jobs?: number;
}

// Below this a batch runs in one thread: starting workers costs more than they save.
const SMALL_BATCH = { inputs: 8, bytes: 2 * 1024 * 1024 };

// esbuild defines GZPERF_BUNDLED when it bundles the CLI into dist/gzperf.mjs; tsc output keeps dist/run/worker.js.
declare const GZPERF_BUNDLED: boolean | undefined;
const WORKER_URL = new URL(typeof GZPERF_BUNDLED === 'undefined' ? './worker.js' : './gzperf-worker.mjs', import.meta.url);

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
  const options = { bom: flags.bom, color };
  const writer = await createWriter(format, options);
  // Data going to the same terminal would tear the progress line, and shows progress by itself.
  const progress = output || !io.stdout.isTTY ? createProgress(io.stderr, paths.length) : NO_PROGRESS;
  const report: Say = (...args) => {
    progress.clear();
    say(...args);
  };
  const engine = await startEngine(await chooseJobs(paths, flags.jobs));
  const tally = newTally();
  let code = 0;
  let read = 0;
  try {
    await write(out, writer.head());
    await runOrdered<Input, Outcome>(readEach(paths, io.stdin), {
      concurrency: engine.concurrency,
      run: (input, index) => {
        progress.update(index + 1, input.path);
        return 'error' in input ? Promise.resolve({ unreadable: input.error }) : engine.parse({ ...input, format, options });
      },
      emit: async (input, outcome) => {
        if ('unreadable' in outcome) {
          report(input.path, 'error', `Cannot read: ${outcome.unreadable}`, 'unreadable');
          tally.unreadable++;
          code = 2;
          return;
        }
        read++;
        if ('failure' in outcome) {
          report(input.path, 'error', `Internal error (${outcome.failure}); please report it with this file`, 'internal');
          code = 2;
          return;
        }
        for (const doc of outcome.documents) {
          count(tally, doc);
          if (doc.indicators === 0) report(input.path, 'warning', 'No indicator found in this document (it has no rows in CSV)', 'no-indicators');
          await write(out, writer.before(tally.documents - 1));
          for (const piece of doc.pieces) await write(out, piece);
        }
      },
    });
    await write(out, writer.tail(tally.documents));
    // Nothing could be read at all: the old -o file is worth more than an empty result.
    if (output && read === 0) {
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
  return code;
}

interface Engine {
  /** Documents in flight at once. */
  concurrency: number;
  parse(task: ParseTask): Promise<ParseOutcome>;
  close(): Promise<void>;
}

const IN_PROCESS: Engine = { concurrency: 1, parse: parseTask, close: async () => {} };

async function startEngine(jobs: number): Promise<Engine> {
  // Under vitest the sources are TypeScript and there is no worker file to start: stay in this thread.
  if (jobs <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return IN_PROCESS;
  const pool = await WorkerPool.start<ParseTask, ParseOutcome>(WORKER_URL, jobs, (failure) => ({ failure }), { argv: [PARSE_WORKER_FLAG] });
  return {
    // Two per worker, so a worker never idles while its next document crosses over.
    concurrency: jobs * 2,
    parse: (task) => pool.run(task, transferable(task.bytes)),
    close: () => pool.close(),
  };
}

// Hand the bytes over instead of copying them, when they own their whole buffer.
function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? [buffer] : [];
}

export async function chooseJobs(paths: string[], requested: number | undefined): Promise<number> {
  const cores = availableParallelism();
  // More threads than cores only share them, each with its own memory.
  if (requested !== undefined) return Math.min(requested, cores, paths.length);
  if (cores < 2 || paths.length < SMALL_BATCH.inputs) return 1;
  let bytes = 0;
  for (const path of paths) {
    if (path !== '-') bytes += (await stat(path).catch(() => undefined))?.size ?? 0;
    if (bytes >= SMALL_BATCH.bytes) return Math.min(cores, paths.length);
  }
  return 1;
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
async function write(out: Writable, text: string): Promise<void> {
  if (out.errored) throw out.errored;
  if (text === '' || out.write(text)) return;
  await once(out, 'drain');
}
