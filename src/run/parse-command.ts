// `gzperf parse`: inputs → documents → the chosen format on stdout or -o FILE.
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { MainIO } from '../cli.js';
import { parseDocument } from '../parse.js';
import { createWriter, type Format } from '../write/index.js';
import { gatherInputs } from './inputs.js';
import { formatMessage } from './messages.js';

export interface ParseFlags {
  format: string;
  output?: string;
  bom: boolean;
}

export async function runParse(files: string[], flags: ParseFlags, io: MainIO): Promise<number> {
  const inputs = await gatherInputs(files, io.stdin);
  const out: Writable = flags.output ? createWriteStream(flags.output) : io.stdout;
  const color = !flags.output && Boolean(io.stdout.isTTY) && !(io.env ?? process.env).NO_COLOR;
  const writer = createWriter(flags.format as Format, { bom: flags.bom, color });
  let code = 0;
  let count = 0;
  out.write(writer.head());
  for (const input of inputs) {
    if ('error' in input) {
      io.stderr.write(formatMessage(input.path, 0, 'error', `Cannot read: ${input.error}`, 'unreadable') + '\n');
      code = 2;
      continue;
    }
    try {
      const doc = parseDocument(input.bytes, { path: input.path });
      out.write(writer.document(doc, count++));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(
        formatMessage(input.path, 0, 'error', `Internal error (${reason}); please report it with this file`, 'internal') + '\n',
      );
      code = 2;
    }
  }
  out.write(writer.tail(count));
  if (out !== io.stdout) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return code;
}
