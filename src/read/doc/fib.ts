// A Word 97–2003 file → its WordDocument and table streams and the few File Information Block fields gzperf reads.
//   openDoc(<OLE2 bytes>) → { word: <Buffer A5 EC …>, table: <1Table>, ccpText: 6461, clx: { fc: 1964, lcb: 21 }, … }
import CFB from 'cfb';
import { UnreadableError } from '../decode.js';

export interface Span {
  fc: number;
  lcb: number;
}

export interface DocStreams {
  word: Buffer;
  table: Buffer;
  /** Where paragraph properties too large for their page are kept (sprmPHugePapx); empty when absent. */
  data: Buffer;
  /** Characters of the main text (footnotes, headers and the rest follow it). */
  ccpText: number;
  /** The piece table and the bin table of paragraph properties, in the table stream. */
  clx: Span;
  papx: Span;
  /** The style sheet, for which styles are headings. */
  stsh: Span;
  /** The bin table of character properties, for deleted and hidden text. */
  chpx: Span;
}

const WORD_IDENT = 0xa5ec;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const FIB_MIN = 426;

export function openDoc(bytes: Uint8Array): DocStreams {
  const cfb = container(bytes);
  const word = stream(cfb, 'WordDocument');
  // A password-protected .docx or .xlsx is an OLE2 file holding the encrypted zip.
  if (!word && stream(cfb, 'EncryptedPackage')) throw new UnreadableError('an encrypted (password-protected) Office document');
  if (!word) throw new UnreadableError('an Office 97–2003 file with no Word document in it (another Office file, or damaged)');
  if (word.length < FIB_MIN) throw new UnreadableError('a damaged Word 97–2003 document (its WordDocument stream is cut short)');
  if (word.readUInt16LE(0) !== WORD_IDENT) throw new UnreadableError('a damaged Word 97–2003 document (bad file information block)');
  const flags = word.readUInt16LE(0x0a);
  if (flags & F_ENCRYPTED) throw new UnreadableError('an encrypted (password-protected) Word 97–2003 document');
  const table = stream(cfb, flags & F_WHICH_TABLE ? '1Table' : '0Table');
  if (!table) throw new UnreadableError('a damaged Word 97–2003 document (no table stream)');
  const ccpText = word.readInt32LE(76);
  if (ccpText < 0) throw new UnreadableError('a damaged Word 97–2003 document (negative text length)');
  return { word, table, data: stream(cfb, 'Data') ?? Buffer.alloc(0), ccpText, clx: span(word, table, 33), papx: span(word, table, 13), stsh: span(word, table, 1), chpx: span(word, table, 12) };
}

/** The n-th (fc, lcb) pair of the FIB, checked against the table stream. */
function span(word: Buffer, table: Buffer, n: number): Span {
  const at = 154 + 8 * n;
  const fc = word.readUInt32LE(at);
  const lcb = word.readUInt32LE(at + 4);
  if (fc + lcb > table.length) throw new UnreadableError(`a damaged Word 97–2003 document (FIB entry ${n} points past the table stream)`);
  return { fc, lcb };
}

function stream(cfb: CFB.CFB$Container, name: string): Buffer | null {
  const entry = CFB.find(cfb, name);
  return entry?.content ? Buffer.from(entry.content as Uint8Array) : null;
}

function container(bytes: Uint8Array): CFB.CFB$Container {
  try {
    return CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch (error) {
    // cfb's own checks say what they found; a TypeError means a chain of sectors led nowhere.
    const why = error instanceof TypeError || error instanceof RangeError || !(error instanceof Error) ? 'its sectors or directory cannot be followed' : error.message;
    throw new UnreadableError(`a damaged Office 97–2003 file (${why.split('\n')[0]})`);
  }
}
