// Command-line file arguments → one path per input, then each path's bytes; unreadable ones become messages.
//   expandArgs(['seeds/*.txt', '-']) → ['seeds/000….txt', …, '-'];  readArg('-') → { path: '-', bytes: <stdin> }
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { say, type Lang } from '../messages/index.js';
import { describeFsError } from './fs-errors.js';
import { exists, isPattern, KNOWN_EXTENSIONS } from './expand.js';

export { expandArgs } from './expand.js';

export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string };

/** The largest input read, far above any real document (they run to a few MB): a device or an endless stream stops here. */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

const tooLarge = (limit: number, lang: Lang): string => say('reason.too-large', { mib: limit / 1024 / 1024 }, lang);

/** One path from expandArgs → its bytes, or why it could not be read (in `lang`). `-` is standard input. */
export async function readArg(path: string, stdin?: Readable, limit = MAX_INPUT_BYTES, lang: Lang = 'en'): Promise<Input> {
  if (path === '-') return readStdin(stdin, limit, lang);
  if (isPattern(path) && !(await exists(path))) return { path, error: say('reason.no-match', {}, lang) };
  return readInput(path, limit, lang);
}

// Read in pieces and counted as they come: a device (/dev/zero) states no size and never ends by itself.
async function readInput(path: string, limit: number, lang: Lang): Promise<Input> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) return { path, error: say('reason.empty-directory', { forms: KNOWN_EXTENSIONS.map((e) => `.${e}`).join(' ') }, lang) };
    if (info.isFile() && info.size > limit) return { path, error: tooLarge(limit, lang) };
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
      if (total > limit) return { path, error: tooLarge(limit, lang) };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { path, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } catch (error) {
    return { path, error: describeFsError(error, false, lang) };
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function readStdin(stdin: Readable | undefined, limit: number, lang: Lang): Promise<Input> {
  if (!stdin) return { path: '-', error: say('reason.no-stdin', {}, lang) };
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      // Leaving the loop stops reading: an endless stream is not drained further.
      if (total > limit) return { path: '-', error: tooLarge(limit, lang) };
      chunks.push(buffer);
    }
  } catch (error) {
    return { path: '-', error: describeFsError(error, false, lang) };
  }
  return { path: '-', bytes: new Uint8Array(Buffer.concat(chunks)) };
}
