// A .docx → the document model: the body's headings, paragraphs and tables, heading levels from word/styles.xml.
//   await docxReader.read(<zip: word/document.xml …>, { path: 'a.docx' }) → { form: 'docx', blocks: [heading, table, …] }
import type { DocModel, FormReader, ReaderNote } from '../../model.js';
import { UnreadableError } from '../decode.js';
import { readBody } from './body.js';
import { readNumbering } from './numbering.js';
import { readStyles } from './styles.js';
import { readParts } from './zip.js';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

export const docxReader: FormReader = {
  form: 'docx',
  async read(bytes: Uint8Array): Promise<DocModel> {
    const parts = await readParts(bytes, [DOCUMENT, STYLES, NUMBERING]);
    const body = parts.get(DOCUMENT);
    if (!body) throw new UnreadableError(`a zip with no ${DOCUMENT}, so not a Word document`);
    if (body instanceof UnreadableError) throw body;
    const notes: ReaderNote[] = [];
    // Styles and lists only refine the body: without them it is still read, and the loss is said.
    const styles = optional(parts.get(STYLES), readStyles, notes) ?? { headings: new Map(), lists: new Map() };
    const numbering = optional(parts.get(NUMBERING), readNumbering, notes);
    return { form: 'docx', encoding: 'docx', blocks: readBody(xmlText(body), styles, numbering), notes };
  },
};

function optional<T>(part: Buffer | UnreadableError | undefined, read: (xml: string) => T, notes: ReaderNote[]): T | null {
  try {
    if (part instanceof UnreadableError) throw part;
    return part ? read(xmlText(part)) : null;
  } catch (error) {
    if (!(error instanceof UnreadableError)) throw error;
    notes.push({ severity: 'warning', code: 'docx-part-unreadable', message: `Unexpected damage: ${error.message}; read without it, so heading levels or list numbers may be missing`, where: {} });
    return null;
  }
}

/** An XML part's text: UTF-8 unless a byte-order mark says UTF-16. */
function xmlText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}
