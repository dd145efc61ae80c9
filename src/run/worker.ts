// One document, parsed and rendered without throwing — in the main thread, or in a worker thread of `parse --jobs`.
//   parseTask({ path: 'a.txt', bytes, format: 'ndjson', options: {} }) → { texts: ['{…}\n'] } | { failure: 'Cannot read properties of undefined…' }
import { parse } from '../parse.js';
import { UnreadableError } from '../read/decode.js';
import { createWriter, type Format, type WriterOptions } from '../write/index.js';
import type { ResultMessage, TaskMessage } from './pool.js';

export interface ParseTask {
  path: string;
  bytes: Uint8Array;
  /** The document is rendered where it was parsed: only its text, not the object, crosses back from a worker. */
  format: Format;
  options: WriterOptions;
}

/** `texts`: one rendered document for each form the file holds. */
/** `empty`: a one-line notice for each form that yielded no indicator, for stderr (nothing is dropped in silence). */
export type ParseOutcome = { texts: string[]; empty?: string[] } | { unreadable: string } | { failure: string };

/** In the argv of the threads the parse pool starts; importing this file anywhere else serves nothing. */
export const PARSE_WORKER_FLAG = '--gzperf-parse-worker';

export async function parseTask(task: ParseTask): Promise<ParseOutcome> {
  try {
    const docs = await parse(task.bytes, { path: task.path });
    const writer = await createWriter(task.format, task.options);
    const empty = docs.flatMap((doc, i) => (doc.indicators.length === 0 ? [emptyNotice(doc.diagnostics.length, docs.length > 1 ? i + 1 : undefined)] : []));
    return { texts: docs.map((doc) => writer.document(doc)), ...(empty.length > 0 ? { empty } : {}) };
  } catch (error) {
    // Binary or undecodable bytes are the user's input, not a bug to report.
    if (error instanceof UnreadableError) return { unreadable: error.message };
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

function emptyNotice(diagnostics: number, part: number | undefined): string {
  const form = part === undefined ? 'No indicator found' : `Form ${part}: no indicator found`;
  return diagnostics > 0 ? `${form}; ${diagnostics} diagnostic(s) in the output say what could not be read` : `${form}; nothing in it reads as a table or report`;
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
