// Where `report` writes its page, chunk by chunk: stdout, or a file that appears whole or not at all.
//   const out = fileSink('r.html'); await out.write('<!doctype html>…'); await out.close() → bytes written; r.html in place
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { openOutput } from './output.js';

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

/** -o FILE through the same safe output as parse: a temporary file renamed over the target at the end, removed on failure or a signal. */
export async function fileSink(path: string): Promise<Sink> {
  const output = await openOutput(path);
  const inner = streamSink(output.stream);
  return {
    async write(chunk) {
      if (output.stream.errored) throw output.stream.errored;
      await inner.write(chunk);
    },
    async close() {
      await output.commit();
      return inner.close();
    },
    abort: () => output.abort(),
  };
}
