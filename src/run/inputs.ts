// Command-line file arguments → one path per input, then each path's bytes; unreadable ones become messages.
//   expandArgs(['seeds/*.txt', '-']) → ['seeds/000….txt', …, '-'];  readArg('-') → { path: '-', bytes: <stdin> }
import { open, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { Readable } from 'node:stream';
import { describeFsError } from './fs-errors.js';

export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string };

/** The largest input read, far above any real document (they run to a few MB): a device or an endless stream stops here. */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

const tooLarge = (limit: number): string => `larger than ${limit / 1024 / 1024} MiB, the most gzperf reads from one input`;

const GLOB_CHARS = /[*?[\]{}]/;

/** Arguments → one path per input, globs expanded and sorted; nothing is read yet. A pattern matching nothing stays, for readArg to report. */
export async function expandArgs(args: string[]): Promise<string[]> {
  if (args.length === 0) return ['-'];
  const paths: string[] = [];
  for (const arg of args) {
    if (!isPattern(arg) || (await exists(arg))) {
      paths.push(arg);
      continue;
    }
    const { glob } = await import('tinyglobby'); // only a pattern needs the glob library; a shell has usually expanded it
    // An absolute pattern gives absolute paths, as the user wrote it (tinyglobby would make them relative to the cwd).
    const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
    paths.push(...(matches.length > 0 ? matches : [arg]));
  }
  return paths;
}

/** One path from expandArgs → its bytes, or why it could not be read. `-` is standard input. */
export async function readArg(path: string, stdin?: Readable, limit = MAX_INPUT_BYTES): Promise<Input> {
  if (path === '-') return readStdin(stdin, limit);
  if (isPattern(path) && !(await exists(path))) return { path, error: 'no file matches this pattern' };
  return readInput(path, limit);
}

function isPattern(arg: string): boolean {
  return arg !== '-' && GLOB_CHARS.test(arg);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

// Read in pieces and counted as they come: a device (/dev/zero) states no size and never ends by itself.
async function readInput(path: string, limit: number): Promise<Input> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) return { path, error: describeFsError({ code: 'EISDIR' }) };
    if (info.isFile() && info.size > limit) return { path, error: tooLarge(limit) };
    const chunks: Buffer[] = [];
    let total = 0;
    // A file states its size: one read (and one more to see the end); a device or a pipe, a megabyte at a time.
    let want = info.isFile() ? info.size + 1 : 1 << 20;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, limit + 1 - total));
      want = 1 << 20;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) return { path, error: tooLarge(limit) };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { path, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } catch (error) {
    return { path, error: describeFsError(error) };
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function readStdin(stdin: Readable | undefined, limit: number): Promise<Input> {
  if (!stdin) return { path: '-', error: 'no standard input' };
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      // Leaving the loop stops reading: an endless stream is not drained further.
      if (total > limit) return { path: '-', error: tooLarge(limit) };
      chunks.push(buffer);
    }
  } catch (error) {
    return { path: '-', error: describeFsError(error) };
  }
  return { path: '-', bytes: new Uint8Array(Buffer.concat(chunks)) };
}
