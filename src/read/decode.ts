// Bytes of a document → its text and the encoding it was saved in (SPEC §1, issue 5).
//   decodeBytes(<EF BB BF E4 BD A0>) → { text: '你', encoding: 'utf-8-bom' }

import { TextDecoder } from 'node:util';

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Lines (1-based, as splitLines counts them) where bytes that could not be decoded became U+FFFD, and how many. */
  replaced?: Replaced[];
}

export interface Replaced {
  line: number;
  count: number;
}

/** The bytes are not a text document gzperf can read; `message` is the short reason shown to the user. */
export class UnreadableError extends Error {
  override readonly name = 'UnreadableError';
}

interface Bom {
  bytes: readonly number[];
  encoding: Encoding;
  decoder: TextDecoder;
}

// A byte-order mark declares the encoding, so damage after it is replaced (U+FFFD), not re-guessed.
const BOMS: readonly Bom[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', decoder: new TextDecoder('utf-8', { ignoreBOM: true }) },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', decoder: new TextDecoder('utf-16le', { ignoreBOM: true }) },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', decoder: new TextDecoder('utf-16be', { ignoreBOM: true }) },
];

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const GB18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/;

/** Decodes a document's bytes; throws UnreadableError for binary or undecodable data. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return lenient(checked(bom.decoder.decode(bytes.subarray(bom.bytes.length)), bom.encoding));
  if (bytes.indexOf(0) !== -1) throw new UnreadableError('binary data (NUL bytes)');
  const utf8 = tryDecode(UTF8, bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');
  // A UTF-8 file cut mid-character must not turn into GB18030 mojibake.
  if (isMostlyUtf8(bytes)) return lenient(checked(LENIENT_UTF8.decode(bytes), 'utf-8'));
  const gb = tryDecode(GB18030, bytes);
  if (gb !== null) return checked(gb, 'gb18030');
  throw new UnreadableError('not valid UTF-8, UTF-16 or GB18030');
}

const REPLACEMENT = '\uFFFD';

/** After a decoder that replaces what it cannot read: where it did, so nothing is lost in silence. */
function lenient(decoded: Decoded): Decoded {
  const replaced = replacedLines(decoded.text);
  return replaced.length > 0 ? { ...decoded, replaced } : decoded;
}

/** Each line holding U+FFFD, counted by CRLF, CR or LF line ends as splitLines counts them. */
export function replacedLines(text: string): Replaced[] {
  const out: Replaced[] = [];
  let line = 1;
  let from = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) {
    for (let i = from; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    }
    from = at;
    const last = out.at(-1);
    if (last?.line === line) last.count++;
    else out.push({ line, count: 1 });
  }
  return out;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: Encoding): Decoded {
  // The regex scan is several times faster than the counting loop, and almost every document passes it.
  if (!CONTROL.test(text)) return { text, encoding };
  const controls = countControls(text);
  // Stray control characters happen (a DOS EOF mark); more than 2% of the text means binary.
  if (controls >= 3 && controls * 50 > text.length) throw new UnreadableError('binary data (control characters)');
  return { text, encoding };
}

function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) count++;
  }
  return count;
}

/** True when well-formed UTF-8 sequences outnumber broken ones twenty to one (GBK text never does). */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length > 0 && continues(bytes, i + 1, length - 1)) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
      // Even if every byte left formed a valid two-byte sequence, the broken ones would still be too many.
      if (invalid * 20 > valid + (bytes.length - i) / 2) return false;
    }
  }
  return invalid * 20 <= valid;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function continues(bytes: Uint8Array, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) {
    const b = bytes[i];
    if (b === undefined || b < 0x80 || b > 0xbf) return false;
  }
  return true;
}
