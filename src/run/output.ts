// -o FILE written safely: into a temporary file beside it, renamed over it only when the run completes.
//   openOutput('out.json') → writes 'out.json.gzperf-1234-1a2b.tmp'; commit() renames it; abort() or a signal removes it
import { once } from 'node:events';
import { createWriteStream, lstatSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { say, type Lang } from '../messages/index.js';
import { describeFsError } from './fs-errors.js';

export interface Output {
  stream: Writable;
  /** Makes the output the target's content; the old file is replaced in one step. */
  commit(): Promise<void>;
  /** Leaves the target as it was. */
  abort(): Promise<void>;
}

// The signals a user or a system sends to stop a run: the temporary file must not outlive them.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Opens -o FILE before any input is read; a path that cannot be written throws an Error with a short reason. */
export async function openOutput(given: string, lang: Lang = 'en'): Promise<Output> {
  // A symbolic link is followed: the file it points to is replaced, the link stays a link.
  const target = followLink(given);
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written in place: there is no file to keep whole.
  const kind = existingKind(target);
  if (kind === 'directory') throw new Error(describeFsError({ code: 'EISDIR' }, true, lang));
  const special = kind === 'special';
  const path = special ? target : temporaryName(target);
  const stream = createWriteStream(path, special ? {} : { flags: 'wx', mode: modeOf(target) });
  // A write that fails later (a full disk) is read off `stream.errored` by the next write, not thrown as an unhandled 'error'.
  stream.on('error', () => {});
  try {
    await once(stream, 'open');
  } catch (error) {
    // The folder refused the temporary file; the target itself may well be writable, so say which was refused.
    const folder = !special && ['EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');
    const reason = describeFsError(error, true, lang);
    throw new Error(folder ? say('reason.in-folder', { reason }, lang) : reason);
  }
  if (special) return { stream, commit: () => closeStream(stream), abort: () => closeStream(stream).catch(() => {}) };
  const cleanUp = (): void => removeQuietly(path);
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    release();
    // Stop as the signal asked, with its usual status (130 for Ctrl-C), now that nothing is left behind.
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    process.removeListener('exit', cleanUp);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', cleanUp);
  return {
    stream,
    commit: async () => {
      try {
        await closeStream(stream);
        renameSync(path, target);
      } catch (error) {
        cleanUp();
        throw new Error(describeFsError(error, true, lang));
      } finally {
        release();
      }
    },
    abort: async () => {
      await closeStream(stream).catch(() => {});
      cleanUp();
      release();
    },
  };
}

function followLink(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  } catch {
    return path; // a dangling or looping link: the open below says why
  }
}

function existingKind(path: string): 'none' | 'file' | 'directory' | 'special' {
  try {
    const st = statSync(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'special';
  } catch {
    return 'none';
  }
}

// Beside the target, so the rename stays on one file system and is atomic; unique per process and call.
function temporaryName(target: string): string {
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  // The name is cut so that a target near the 255-byte limit still has a temporary name that fits.
  return join(dirname(target), `.${basename(target).slice(0, 64)}.gzperf-${tag}.tmp`);
}

/** The replaced file's permissions carry over; a new one gets the usual 0666 less the umask. */
function modeOf(target: string): number {
  try {
    const st = lstatSync(target);
    return st.isFile() ? st.mode & 0o7777 : 0o666;
  } catch {
    return 0o666;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone (renamed or removed): nothing to clean
  }
}

function closeStream(stream: Writable): Promise<void> {
  if (stream.errored) return Promise.reject(stream.errored);
  return new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
