// A PDF's compressed streams are inflated before pdf.js sees them, each up to a limit, so a small file that would
// inflate to gigabytes (a zip bomb) is refused in one line instead of filling memory:
//   <400 KB PDF whose content stream inflates to 400 MB> → 'a PDF whose compressed streams inflate past 128 MB …'
import { constants, inflateSync } from 'node:zlib';

/** What all of a PDF's Flate streams may inflate to together. */
export const PDF_INFLATE_LIMIT = 128 * 1024 * 1024;

/** Whether the Flate streams of a PDF inflate past the limit together. */
export function inflatesPastLimit(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = PDF_INFLATE_LIMIT;
  let at = buf.indexOf('stream', 0, 'latin1');
  while (at >= 0) {
    const start = dataStart(buf, at + 6);
    const end = start < 0 ? -1 : buf.indexOf('endstream', start, 'latin1');
    if (start >= 0 && end > start) {
      const size = inflatedSize(buf.subarray(start, end), left);
      if (size === null) return true;
      left -= size;
      at = buf.indexOf('stream', end + 9, 'latin1');
    } else at = buf.indexOf('stream', at + 6, 'latin1');
  }
  return false;
}

/** Where a stream's data starts: right after the end of line that follows the keyword, or -1 (not a stream). */
function dataStart(buf: Buffer, i: number): number {
  if (buf[i] === 0x0d && buf[i + 1] === 0x0a) return i + 2;
  return buf[i] === 0x0a || buf[i] === 0x0d ? i + 1 : -1;
}

/** Bytes the data inflates to, 0 when it is not Flate data, null when it would pass `limit`. */
function inflatedSize(data: Buffer, limit: number): number | null {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH }).byteLength;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? null : 0;
  }
}
