// Runs main() in-process with captured streams, as bin/gzperf.js would with real ones.
//   await runCli(['parse', '-f', 'csv', 'a.txt']) → { code: 0, stdout: '\uFEFFpath,…', stderr: '', bytes: <Buffer ef bb bf …> }
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { main } from '../../src/cli.js';

export interface RunOptions {
  /** Pretend stdout is a terminal. */
  isTTY?: boolean;
  env?: Record<string, string>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout exactly as written, for BOM and byte-identity checks. */
  bytes: Buffer;
}

export async function runCli(argv: string[], stdinText?: string, options: RunOptions = {}): Promise<RunResult> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.isTTY ?? false });
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = new PassThrough();
  stdin.end(stdinText ?? '');
  const code = await main({ argv, stdout, stderr, stdin, env: options.env ?? {} });
  // Wait until every chunk written has been emitted, so the last write is never lost.
  stdout.end();
  stderr.end();
  await Promise.all([finished(stdout), finished(stderr)]);
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes };
}
