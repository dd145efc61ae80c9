// A .docx's bytes → the few parts gzperf reads, each inflated only up to a stated limit (a zip bomb stops there).
//   readParts(<docx bytes>, ['word/document.xml', 'word/styles.xml']) → Map { 'word/document.xml' → <Buffer …>, … }
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { UnreadableError } from '../decode.js';

/** The most one part may inflate to: a 300-page report's document.xml is about 10 MB. */
export const PART_LIMIT = 64 * 1024 * 1024;
const MB = 1024 * 1024;

/** The named parts present in the zip (a missing one is absent), each its bytes or why it cannot be read; a zip
 *  that cannot be opened rejects with UnreadableError. */
export function readParts(bytes: Uint8Array, names: readonly string[], limit = PART_LIMIT): Promise<Map<string, Buffer | UnreadableError>> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void => reject(error instanceof UnreadableError ? error : zipError(error));
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) return fail(error);
      const parts = new Map<string, Buffer | UnreadableError>();
      const next = (name: string, part: Buffer | UnreadableError): void => {
        parts.set(name, part);
        zip.readEntry();
      };
      zip.on('error', fail);
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!names.includes(entry.fileName) || parts.has(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > limit) return next(entry.fileName, tooBig(entry.fileName, entry.uncompressedSize, limit));
        if (entry.isEncrypted()) return next(entry.fileName, new UnreadableError(`${entry.fileName} is encrypted`));
        inflate(zip, entry, limit).then(
          (data) => next(entry.fileName, data),
          (error: unknown) => next(entry.fileName, error instanceof UnreadableError ? error : zipError(error, entry.fileName)),
        );
      });
      zip.readEntry();
    });
  });
}

/** The part's compressed bytes, then one synchronous inflate that may not exceed what the directory states. */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, { decompress: false }, (error, stream) => {
      if (error || !stream) return reject(zipError(error, entry.fileName));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (e) => reject(zipError(e, entry.fileName)));
      stream.on('end', () => {
        try {
          resolve(inflated(entry, Buffer.concat(chunks), limit));
        } catch (e) {
          reject(e instanceof UnreadableError ? e : zipError(e, entry.fileName));
        }
      });
    });
  });
}

function inflated(entry: yauzl.Entry, data: Buffer, limit: number): Buffer {
  if (entry.compressionMethod === 0) return data;
  if (entry.compressionMethod !== 8) throw new UnreadableError(`${entry.fileName} uses compression method ${entry.compressionMethod}, not deflate`);
  // One byte past the stated size is enough to catch a directory that lies about it.
  const stated = entry.uncompressedSize;
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.min(limit, stated) + 1 });
  } catch (e) {
    // zlib's RangeError: the output would pass maxOutputLength.
    throw e instanceof RangeError ? zipError(new Error('too many bytes'), entry.fileName) : e;
  }
  if (out.length !== stated) throw zipError(new Error(out.length > stated ? 'too many bytes' : 'truncated part'), entry.fileName);
  return out;
}

function tooBig(name: string, size: number, limit: number): UnreadableError {
  return new UnreadableError(`${name} inflates to over ${Math.floor(size / MB)} MB, past the limit of ${limit / MB} MB (a zip bomb?)`);
}

/** yauzl's and zlib's messages → one short reason. */
function zipError(error: unknown, part?: string): UnreadableError {
  const message = error instanceof Error ? error.message : String(error);
  const where = part ? `${part}: ` : '';
  if (/end of central directory|truncated|unexpected end|eof/i.test(message)) return new UnreadableError(`${where}a truncated or damaged zip (${message})`);
  if (/too many bytes/i.test(message)) return new UnreadableError(`${where}inflates past the size its zip directory states (a zip bomb?)`);
  return new UnreadableError(`${where}a damaged zip (${message})`);
}
