// The PDF reader: bytes with a text layer → the document model; a scan, an encrypted or a broken file → one line:
//   read(<%PDF-1.7 … 绩效自评表 …>, { path: 'a.pdf' }) → { form: 'pdf', blocks: [heading, table, paragraph …] }
//   read(<a scanned PDF>) → throws UnreadableError('a PDF with no text layer (a scan?): run OCR on it first')
import type { DocModel, FormReader, ReaderNote } from '../../model.js';
import { UnreadableError } from '../decode.js';
import { documentBlocks } from './document.js';
import { layoutPage, type PageItem } from './layout.js';
import { readPage, type PageContent } from './page.js';
import { loadPdfjs, openOptions, type Pdfjs } from './pdfjs.js';
import { PDF_INFLATE_LIMIT, inflatesPastLimit } from './bombs.js';

/** Pages read from one PDF: enough for any performance form or report, and bounded for a hostile file. */
export const PDF_PAGE_LIMIT = 300;
/** Drawn segments on one page beyond which its lines are not read as tables (a drawing, or a hostile page). */
export const PDF_RULE_LIMIT = 20000;
/** Text runs read from one page. */
export const PDF_RUN_LIMIT = 20000;

type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

export const pdfReader: FormReader = { form: 'pdf', read: readPdf };

async function readPdf(bytes: Uint8Array): Promise<DocModel> {
  if (inflatesPastLimit(bytes)) {
    throw new UnreadableError(`a PDF whose compressed streams inflate past ${PDF_INFLATE_LIMIT / 1024 / 1024} MB (a zip bomb?)`);
  }
  const pdfjs = await loadPdfjs();
  // pdf.js takes the buffer over; the caller's bytes stay intact.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...openOptions() });
  const doc = await task.promise.catch((error: unknown) => {
    throw openError(error);
  });
  try {
    const notes: ReaderNote[] = [];
    const count = Math.min(doc.numPages, PDF_PAGE_LIMIT);
    if (doc.numPages > PDF_PAGE_LIMIT) {
      notes.push({ severity: 'warning', code: 'pdf-page-limit', where: { page: PDF_PAGE_LIMIT + 1 }, message: `Unexpected ${doc.numPages} pages, expected at most ${PDF_PAGE_LIMIT}; pages ${PDF_PAGE_LIMIT + 1}–${doc.numPages} were not read` });
    }
    const pages: PageItem[][] = [];
    const heights: number[] = [];
    let runs = 0;
    let damaged = 0;
    for (let no = 1; no <= count; no++) {
      const content = await pageContent(pdfjs, doc, no).catch((error: unknown) => new Error(detailOf(error)));
      if (content instanceof Error) {
        // A damaged page is named and skipped; the others are still read.
        damaged++;
        notes.push({ severity: 'warning', code: 'pdf-page-unreadable', where: { page: no }, message: `Unexpected damage on page ${no}: ${content.message}; the page was not read` });
        continue;
      }
      notes.push(...bound(content));
      runs += content.runs.length + content.outside.length;
      const { items, unplaced } = layoutPage(content);
      if (unplaced > 0) {
        notes.push({ severity: 'info', code: 'pdf-outside-page', where: { page: no }, message: `Unexpected ${unplaced} piece${unplaced === 1 ? '' : 's'} of text drawn outside page ${no}'s edges in line with nothing on it (printer's marks?), expected text beside the page's own lines or in its tables; not read` });
      }
      pages.push(items);
      heights.push(content.height);
    }
    if (damaged === count && count > 0) throw brokenError(new Error('no page could be read'));
    if (runs === 0) throw new UnreadableError('a PDF with no text layer (a scan?): run OCR on it first');
    return { form: 'pdf', encoding: 'pdf', blocks: documentBlocks(pages, heights), notes };
  } finally {
    await task.destroy();
  }
}

async function pageContent(pdfjs: Pdfjs, doc: PdfDocument, no: number): Promise<PageContent> {
  const page = await doc.getPage(no);
  try {
    return await readPage(pdfjs, page, no);
  } finally {
    page.cleanup();
  }
}

/** Keeps a page within the limits, saying what was left out. */
function bound(content: PageContent): ReaderNote[] {
  const notes: ReaderNote[] = [];
  const where = { page: content.no };
  if (content.h.length + content.v.length > PDF_RULE_LIMIT) {
    notes.push({ severity: 'info', code: 'pdf-rule-limit', where, message: `Unexpected ${content.h.length + content.v.length} drawn lines on page ${content.no}, expected at most ${PDF_RULE_LIMIT}; its tables were read by column positions` });
    content.h = [];
    content.v = [];
  }
  if (content.runs.length + content.outside.length > PDF_RUN_LIMIT) {
    notes.push({ severity: 'warning', code: 'pdf-run-limit', where, message: `Unexpected ${content.runs.length + content.outside.length} pieces of text on page ${content.no}, expected at most ${PDF_RUN_LIMIT}; the rest of the page was not read` });
    content.runs = content.runs.slice(0, PDF_RUN_LIMIT);
    content.outside = content.outside.slice(0, PDF_RUN_LIMIT - content.runs.length);
  }
  return notes;
}

function openError(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new UnreadableError('an encrypted PDF that needs a password; save a copy without one');
  return brokenError(error);
}

function brokenError(error: unknown): Error {
  if (error instanceof UnreadableError) return error;
  return new UnreadableError(`a broken or truncated PDF (${detailOf(error)})`);
}

function detailOf(error: unknown): string {
  return (error instanceof Error ? error.message.split('\n')[0]! : String(error)).slice(0, 120);
}
