// Where `parse` documents are parsed: in this thread, or on a pool of worker threads for a large batch.
//   await startEngine(await chooseJobs(paths, 4)) → { concurrency: 8, parse(task) → outcome, close() }
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from './pool.js';
import { parseTask, PARSE_WORKER_FLAG, type ParseOutcome, type ParseTask } from './worker.js';

// Below this a batch runs in one thread: starting workers costs more than they save.
const SMALL_BATCH = { inputs: 8, bytes: 2 * 1024 * 1024 };

// esbuild defines GZPERF_BUNDLED when it bundles the CLI into dist/gzperf.mjs; tsc output keeps dist/run/worker.js.
declare const GZPERF_BUNDLED: boolean | undefined;
const WORKER_URL = new URL(typeof GZPERF_BUNDLED === 'undefined' ? './worker.js' : './gzperf-worker.mjs', import.meta.url);

export interface Engine {
  /** Documents in flight at once. */
  concurrency: number;
  parse(task: ParseTask): Promise<ParseOutcome>;
  close(): Promise<void>;
}

const IN_PROCESS: Engine = { concurrency: 1, parse: parseTask, close: async () => {} };

export async function startEngine(jobs: number): Promise<Engine> {
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
