// A progress line on stderr for long batches: one updating `[n/total] path`, cleared at the end.
//   update(3, 'seeds/003.txt') → '\r[3/120] seeds/003.txt\x1b[K'; clear() → '\r\x1b[K'
import type { Writable } from 'node:stream';

export interface Progress {
  /** Working on the n-th input (1-based). */
  update(n: number, path: string): void;
  /** Removes the line, e.g. before a message is written to the same stream. */
  clear(): void;
}

export interface ProgressOptions {
  /** A batch with more inputs than this is long from the start. */
  minTotal?: number;
  /** Any batch still running after this many ms is long. */
  minMs?: number;
  /** Redraw at most this often, so a fast batch does not flood the terminal. */
  intervalMs?: number;
  now?: () => number;
}

type Terminal = Writable & { isTTY?: boolean; columns?: number };

export const NO_PROGRESS: Progress = { update: () => {}, clear: () => {} };

/** A progress line on `stream`, or nothing when it is not a terminal. */
export function createProgress(stream: Terminal, total: number, options: ProgressOptions = {}): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const { minTotal = 20, minMs = 2000, intervalMs = 100, now = Date.now } = options;
  const startedAt = now();
  let drawnAt = -Infinity;
  let visible = false;
  return {
    update(n, path) {
      const time = now();
      if (total <= minTotal && time - startedAt < minMs) return;
      if (time - drawnAt < intervalMs) return;
      drawnAt = time;
      visible = true;
      const prefix = `[${n}/${total}] `;
      const room = (stream.columns ?? 80) - 1 - prefix.length;
      stream.write(`\r${prefix}${keepEnd(path, room)}\x1b[K`);
    },
    clear() {
      if (visible) stream.write('\r\x1b[K');
      visible = false;
    },
  };
}

// Wide (CJK) characters take two columns; counting a few narrow ones as wide only shortens the line.
const columns = (char: string): number => ((char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1);

/** The end of `text` in at most `width` columns: the file name matters more than the folders. */
export function keepEnd(text: string, width: number): string {
  const chars = [...text];
  let used = chars.reduce((sum, char) => sum + columns(char), 0);
  if (used <= width) return text;
  let from = 0;
  used += 1; // the leading …
  while (from < chars.length && used > width) used -= columns(chars[from++] ?? '');
  return '…' + chars.slice(from).join('');
}
