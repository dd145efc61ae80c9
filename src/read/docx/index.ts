// A .docx → the document model: the body's headings, paragraphs and tables, heading levels from word/styles.xml.
//   await docxReader.read(<zip: word/document.xml …>, { path: 'a.docx' }) → { form: 'docx', blocks: [heading, table, …] }
import type { DocModel, FormReader } from '../../model.js';
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
    const styles = parts.get(STYLES);
    const numbering = parts.get(NUMBERING);
    const blocks = readBody(
      xmlText(body),
      styles ? readStyles(xmlText(styles)) : { headings: new Map(), lists: new Map() },
      numbering ? readNumbering(xmlText(numbering)) : null,
    );
    return { form: 'docx', encoding: 'docx', blocks, notes: [] };
  },
};

/** An XML part's text: UTF-8 unless a byte-order mark says UTF-16. */
function xmlText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}
