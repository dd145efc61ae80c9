// `gzperf report`: inputs → documents, their validate findings and their sources → one self-contained HTML page.
//   gzperf report seeds/*.txt -o report.html → report.html; stderr 'gzperf report: 5 documents, 132 indicators → report.html (1.1 MB)'
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { MainIO } from '../cli.js';
import { unreadableFinding } from '../check/index.js';
import { parse } from '../parse.js';
import { decodeBytes, UnreadableError } from '../read/decode.js';
import { readerFor } from '../read/forms.js';
import type { ParsedDocument } from '../schema.js';
import { pickLang } from '../messages/report.js';
import { echartsSource } from '../write/report/echarts.js';
import { renderPage } from '../write/report/page.js';
import { modelSource } from '../write/report/source-model.js';
import { textSource } from '../write/report/source-text.js';
import { docView, failedView } from '../write/report/view.js';
import type { DocView } from '../write/report/types.js';
import { expandArgs, readArg } from './inputs.js';
import { formatMessage } from './messages.js';

export interface ReportFlags {
  output?: string;
  lang?: string;
}

export async function runReport(files: string[], flags: ReportFlags, io: MainIO): Promise<number> {
  const paths = await expandArgs(files);
  if (flags.output && (await isInput(flags.output, paths))) {
    io.stderr.write(formatMessage(flags.output, 0, 'error', 'Unexpected -o naming one of the inputs, expected a new file; nothing was written', 'usage') + '\n');
    return 2;
  }
  const views: DocView[] = [];
  let code = 0;
  for (const path of paths) {
    const input = await readArg(path, io.stdin);
    if ('error' in input) {
      io.stderr.write(formatMessage(path, 0, 'error', `Cannot read: ${input.error}`, 'unreadable') + '\n');
      views.push(failedView(path, unreadableFinding(input.error)));
      code = 2;
      continue;
    }
    const read = await viewsOf(input.bytes, input.path);
    if (read.failed) {
      for (const f of read.views[0]?.findings ?? []) io.stderr.write(formatMessage(path, 0, f.severity, f.message, f.code) + '\n');
      code = 2;
    }
    views.push(...read.views);
  }
  const lang = pickLang(io.env ?? process.env, flags.lang);
  const page = renderPage(views, { lang, echarts: await echartsSource() });
  try {
    const bytes = flags.output ? await writeFileSafely(flags.output, page) : await writeAll(io.stdout, page);
    const indicators = views.reduce((n, v) => n + v.indicators.length, 0);
    const where = flags.output ? ` → ${flags.output}` : '';
    io.stderr.write(`gzperf report: ${views.length} documents, ${indicators} indicators${where} (${size(bytes)})\n`);
  } catch (error) {
    if (!flags.output) throw error;
    io.stderr.write(formatMessage(flags.output, 0, 'error', `Cannot write: ${error instanceof Error ? error.message : String(error)}`, 'unwritable') + '\n');
    return 2;
  }
  return code;
}

/** One file's documents with their sources; a file that cannot be read or crashes the reader is one failed row. */
async function viewsOf(bytes: Uint8Array, path: string): Promise<{ views: DocView[]; failed: boolean }> {
  try {
    const docs = await parse(bytes, { path });
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

/** Written beside the target and renamed over it, so a failure never leaves half a page or harms an existing file. */
async function writeFileSafely(path: string, chunks: Iterable<string>): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const out = createWriteStream(temp);
    const bytes = await writeAll(out, chunks);
    out.end();
    await once(out, 'close');
    await rename(temp, path);
    return bytes;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function writeAll(out: Writable, chunks: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  return bytes;
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
