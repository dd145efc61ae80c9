// Where `report` writes its page, chunk by chunk: stdout, or a file that appears whole or not at all.
//   const out = fileSink('r.html'); await out.write('<!doctype html>…'); await out.close() → bytes written; r.html in place
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finishes the output; the number of bytes written. */
  close(): Promise<number>;
  /** Gives up: a file sink leaves no file behind and the old one, if any, as it was. */
  abort(): Promise<void>;
}

export function streamSink(out: Writable): Sink {
  let bytes = 0;
  return {
    async write(chunk) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
    },
    close: async () => bytes,
    abort: async () => undefined,
  };
}

/** Written beside the target and renamed over it at the end, so a failure never leaves half a page or harms a file. */
export function fileSink(path: string): Sink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const out = createWriteStream(temp);
  let failure: Error | null = null;
  out.on('error', (error) => (failure = error));
  const inner = streamSink(out);
  return {
    async write(chunk) {
      if (failure) throw failure;
      // Waiting for 'drain' rejects if the stream fails meanwhile (events.once), so a full disk ends the wait.
      await inner.write(chunk);
    },
    async close() {
      if (failure) throw failure;
      out.end();
      await once(out, 'close');
      if (failure) throw failure;
      await rename(temp, path);
      return inner.close();
    },
    async abort() {
      out.destroy();
      await rm(temp, { force: true });
    },
  };
}
