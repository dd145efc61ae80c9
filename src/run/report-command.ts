// `gzperf report`: inputs → documents, their validate findings and their sources → one self-contained HTML page.
//   gzperf report seeds/*.txt -o report.html → report.html; stderr 'gzperf report: 5 documents, 132 indicators → report.html (1.1 MB)'
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { MainIO } from '../cli.js';
import { unreadableFinding } from '../check/index.js';
import { parse } from '../parse.js';
import { decodeBytes, UnreadableError } from '../read/decode.js';
import { readerFor } from '../read/forms.js';
import type { ParsedDocument } from '../schema.js';
import { pickLang } from '../messages/report.js';
import { echartsSource } from '../write/report/echarts.js';
import { createPage } from '../write/report/page.js';
import { modelSource } from '../write/report/source-model.js';
import { textSource } from '../write/report/source-text.js';
import { docView, failedView } from '../write/report/view.js';
import type { DocView } from '../write/report/types.js';
import { expandArgs, readArg } from './inputs.js';
import { formatMessage } from './messages.js';
import { fileSink, streamSink, type Sink } from './report-output.js';

export interface ReportFlags {
  ignore?: string[];
  output?: string;
  lang?: string;
}

export async function runReport(files: string[], flags: ReportFlags, io: MainIO): Promise<number> {
  const paths = await expandArgs(files, flags.ignore);
  if (flags.output && (await isInput(flags.output, paths))) {
    io.stderr.write(formatMessage(flags.output, 0, 'error', 'Unexpected -o naming one of the inputs, expected a new file; nothing was written', 'usage') + '\n');
    return 2;
  }
  const page = createPage({ lang: pickLang(io.env ?? process.env, flags.lang), echarts: await echartsSource() });
  let out: Sink;
  try {
    out = flags.output ? await fileSink(flags.output) : streamSink(io.stdout);
  } catch (error) {
    io.stderr.write(formatMessage(flags.output ?? '', 0, 'error', `Cannot write: ${error instanceof Error ? error.message : String(error)}`, 'unwritable') + '\n');
    return 2;
  }
  const counts = { documents: 0, indicators: 0, failed: false };
  try {
    await out.write(page.head());
    // One input at a time, each document written as soon as it is read: a large batch is never held whole.
    for (const path of paths) {
      for (const view of await viewsOfInput(path, io, counts)) {
        counts.documents++;
        counts.indicators += view.indicators.length;
        await out.write(page.doc(view));
      }
    }
    await out.write(page.tail());
    const bytes = await out.close();
    const where = flags.output ? ` → ${flags.output}` : '';
    io.stderr.write(`gzperf report: ${counts.documents} documents, ${counts.indicators} indicators${where} (${size(bytes)})\n`);
  } catch (error) {
    await out.abort();
    if (!flags.output) throw error;
    io.stderr.write(formatMessage(flags.output, 0, 'error', `Cannot write: ${error instanceof Error ? error.message : String(error)}`, 'unwritable') + '\n');
    return 2;
  }
  return counts.failed ? 2 : 0;
}

/** One input's documents; one that cannot be read is a failed row here and a message on stderr. */
async function viewsOfInput(path: string, io: MainIO, counts: { failed: boolean }): Promise<DocView[]> {
  const input = await readArg(path, io.stdin);
  const read = 'error' in input ? { views: [failedView(path, unreadableFinding(input.error))], failed: true } : await viewsOf(input.bytes, input.path);
  if (read.failed) {
    counts.failed = true;
    for (const f of read.views[0]?.findings ?? []) io.stderr.write(formatMessage(path, 0, f.severity, f.message, f.code) + '\n');
  }
  return read.views;
}

/** One file's documents with their sources; a file that cannot be read or crashes the reader is one failed row. */
async function viewsOf(bytes: Uint8Array, path: string): Promise<{ views: DocView[]; failed: boolean }> {
  try {
    // The page shows each form with its own checks, as validate makes them.
    const docs = await parse(bytes, { path, splitForms: true });
    return { views: await Promise.all(docs.map((doc) => viewOf(doc, bytes, path))), failed: false };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const finding = error instanceof UnreadableError ? unreadableFinding(reason) : { severity: 'error' as const, code: 'internal', line: 0, message: `Internal error (${reason}); please report it with this file` };
    return { views: [failedView(path, finding)], failed: true };
  }
}

async function viewOf(doc: ParsedDocument, bytes: Uint8Array, path: string): Promise<DocView> {
  if (doc.document.form === 'text') return docView(doc, textSource(decodeBytes(bytes).text), (x) => `l${x.line}`);
  // Pages and attachments: the form's reader again, for the model the values were read from.
  const model = await (await readerFor(doc.document.form)).read(bytes, { path });
  const { source, anchorOf } = modelSource(model);
  return docView(doc, source, anchorOf);
}

async function isInput(output: string, inputs: string[]): Promise<boolean> {
  const target = await realpath(output).catch(() => resolve(output));
  for (const p of inputs) if (p !== '-' && (await realpath(p).catch(() => resolve(p))) === target) return true;
  return false;
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
