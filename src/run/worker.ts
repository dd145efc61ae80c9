// One document, parsed and rendered without throwing — in the main thread, or in a worker thread of `parse --jobs`.
//   parseTask({ path: 'a.txt', bytes, format: 'ndjson', options: {} }) → { documents: [{ pieces: ['{…}\n'], indicators: 12, … }] } | { failure: '…' }
import { parse } from '../parse.js';
import { UnreadableError } from '../read/decode.js';
import type { ParsedDocument } from '../schema.js';
import { createWriter, type Format, type WriterOptions } from '../write/index.js';
import type { ResultMessage, TaskMessage } from './pool.js';

export interface ParseTask {
  path: string;
  bytes: Uint8Array;
  /** The document is rendered where it was parsed: only its text, not the object, crosses back from a worker. */
  format: Format;
  options: WriterOptions;
  /** A file holding several forms gives one document per form (`--split-forms`). */
  splitForms?: boolean;
}

/** One document as written, in pieces (no string grows with the whole document), and what the run reports of it. */
export interface Rendered {
  pieces: string[];
  indicators: number;
  warnings: number;
  errors: number;
}

/** `documents`: one for each form the file holds. */
export type ParseOutcome = { documents: Rendered[] } | { unreadable: string } | { failure: string };

/** In the argv of the threads the parse pool starts; importing this file anywhere else serves nothing. */
export const PARSE_WORKER_FLAG = '--gzperf-parse-worker';

export async function parseTask(task: ParseTask): Promise<ParseOutcome> {
  try {
    const docs = await parse(task.bytes, { path: task.path, splitForms: task.splitForms === true });
    const writer = await createWriter(task.format, task.options);
    return { documents: docs.map((doc) => render(doc, writer.pieces?.(doc) ?? [writer.document(doc)])) };
  } catch (error) {
    // Binary or undecodable bytes are the user's input, not a bug to report.
    if (error instanceof UnreadableError) return { unreadable: error.message };
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

function render(doc: ParsedDocument, pieces: string[]): Rendered {
  const count = (severity: string): number => doc.diagnostics.filter((d) => d.severity === severity).length;
  return { pieces, indicators: doc.indicators.length, warnings: count('warning'), errors: count('error') };
}

// Checked through argv so that the main thread does not load node:worker_threads just to learn it is not a worker.
if (process.argv.includes(PARSE_WORKER_FLAG)) void serve();

async function serve(): Promise<void> {
  const { isMainThread, parentPort } = await import('node:worker_threads');
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  const reply = (message: ResultMessage<ParseOutcome>): void => port.postMessage(message);
  port.on('message', async ({ id, input }: TaskMessage<ParseTask>) => {
    try {
      reply({ id, output: await parseTask(input) });
    } catch (error) {
      // A result that cannot be sent back fails alone instead of taking the thread down.
      reply({ id, output: { failure: error instanceof Error ? error.message : String(error) } });
    }
  });
}
