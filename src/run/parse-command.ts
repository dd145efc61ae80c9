// `gzperf parse`: inputs → documents → the chosen format on stdout or -o FILE, one document at a time.
//   gzperf parse 'reports/**/*.txt' -f ndjson --jobs 4
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { MainIO } from '../cli.js';
import { createWriter, type Format } from '../write/index.js';
import { expandArgs, readArg, type Input } from './inputs.js';
import { formatMessage } from './messages.js';
import { runOrdered, WorkerPool } from './pool.js';
import { createProgress, NO_PROGRESS } from './progress.js';
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

export async function runParse(files: string[], flags: ParseFlags, io: MainIO): Promise<number> {
  const paths = await expandArgs(files);
  const out = flags.output ? await openOutput(flags.output, io) : io.stdout;
  if (!out) return 2;
  const color = !flags.output && Boolean(io.stdout.isTTY) && !(io.env ?? process.env).NO_COLOR;
  const format = flags.format as Format;
  const options = { bom: flags.bom, color };
  const writer = await createWriter(format, options);
  // Data going to the same terminal would tear the progress line, and shows progress by itself.
  const progress = flags.output || !io.stdout.isTTY ? createProgress(io.stderr, paths.length) : NO_PROGRESS;
  const report = (path: string, message: string, code: string): void => {
    progress.clear();
    io.stderr.write(formatMessage(path, 0, 'error', message, code) + '\n');
  };
  const engine = await startEngine(await chooseJobs(paths, flags.jobs));
  let code = 0;
  let count = 0;
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
          report(input.path, `Cannot read: ${outcome.unreadable}`, 'unreadable');
          code = 2;
          return;
        }
        if ('failure' in outcome) {
          report(input.path, `Internal error (${outcome.failure}); please report it with this file`, 'internal');
          code = 2;
          return;
        }
        for (const text of outcome.texts) await write(out, writer.before(count++) + text);
        for (const notice of outcome.empty ?? []) {
          progress.clear();
          io.stderr.write(formatMessage(input.path, 0, 'warning', notice, 'no-indicators') + '\n');
        }
      },
    });
    await write(out, writer.tail(count));
    if (out !== io.stdout) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } catch (error) {
    // -o FILE failed mid-run (a full disk): one message; stdout's own failures are the bin's to report.
    if (out === io.stdout) throw error;
    report(flags.output ?? '', `Cannot write: ${writeFailure(error)}`, 'unwritable');
    return 2;
  } finally {
    progress.clear();
    await engine.close();
  }
  return code;
}

/** Opens -o FILE before any work: a path that cannot be written is one message, not an unhandled stream 'error'. */
async function openOutput(path: string, io: MainIO): Promise<Writable | null> {
  const stream = createWriteStream(path);
  // A write that fails later (a full disk) is read off `stream.errored` by the next write, not thrown as an unhandled 'error'.
  stream.on('error', () => {});
  try {
    await once(stream, 'open');
    return stream;
  } catch (error) {
    io.stderr.write(formatMessage(path, 0, 'error', `Cannot write: ${writeFailure(error)}`, 'unwritable') + '\n');
    return null;
  }
}

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'no such directory',
  EISDIR: 'is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

function writeFailure(error: unknown): string {
  return WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? String((error as Error).message ?? error);
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

async function chooseJobs(paths: string[], requested: number | undefined): Promise<number> {
  if (requested !== undefined) return Math.min(requested, paths.length);
  const cores = availableParallelism();
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
