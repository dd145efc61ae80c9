// A workbook's zip checked before any library inflates it: every entry inflated here once, with a ceiling, so a
// zip bomb, a lying size field or a cut-off file stops with a reason instead of filling memory.
//   checkZip(<50 4B 03 04 … 1 MB deflating to 1 GB …>, LIMITS) → throws UnreadableError('… inflates past 100 MiB …')
import { inflateRawSync } from 'node:zlib';
import { UnreadableError } from '../decode.js';

export interface ZipLimits {
  /** Inflated bytes of all entries together. */
  maxInflated: number;
  /** Entries in the central directory. */
  maxEntries: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

interface Entry {
  name: string;
  flags: number;
  method: number;
  declared: number;
  local: number;
}

/**
 * Throws UnreadableError unless the zip is whole and inflates within the limits; `inspect` sees each entry's
 * inflated bytes once, for checks of its own.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits, inspect?: (name: string, data: Buffer) => void): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of centralEntries(buf, limits)) {
    if (entry.flags & 0x41) throw new UnreadableError(`the workbook is encrypted (zip entry ${entry.name})`);
    const data = localData(buf, entry);
    const room = limits.maxInflated - total;
    if (entry.declared > room) throw bomb(limits);
    const inflated = inflate(data, entry, room, limits);
    total += inflated.length;
    inspect?.(entry.name, inflated);
  }
}

/** The central directory's entries, read from the last end-of-directory record as the workbook libraries do. */
function centralEntries(buf: Buffer, limits: ZipLimits): Entry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const start = buf.readUInt32LE(end + 16);
  if (count > limits.maxEntries) throw new UnreadableError(`the zip holds ${count} entries, more than the ${limits.maxEntries} a workbook needs`);
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw truncated('its central directory is damaged');
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const name = buf.toString('latin1', at + 46, Math.min(buf.length, at + 46 + nameLen));
    const extra = buf.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen);
    const declared = Math.max(buf.readUInt32LE(at + 24), zip64Size(extra));
    entries.push({ name, flags: buf.readUInt16LE(at + 8), method: buf.readUInt16LE(at + 10), declared, local: buf.readUInt32LE(at + 42) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEnd(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 64 KiB, at the very end.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw truncated('the end of its zip directory is missing');
}

/** The entry's stored bytes, from its local header; the local header's own sizes must keep to the limits too. */
function localData(buf: Buffer, entry: Entry): Buffer {
  const at = entry.local;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw truncated(`entry ${entry.name} is missing`);
  const nameLen = buf.readUInt16LE(at + 26);
  const extraLen = buf.readUInt16LE(at + 28);
  const extra = buf.subarray(at + 30 + nameLen, at + 30 + nameLen + extraLen);
  entry.declared = Math.max(entry.declared, buf.readUInt32LE(at + 22), zip64Size(extra));
  const start = at + 30 + nameLen + extraLen;
  if (start > buf.length) throw truncated(`entry ${entry.name} is cut off`);
  return buf.subarray(start);
}

function inflate(data: Buffer, entry: Entry, room: number, limits: ZipLimits): Buffer {
  if (entry.method === 0) return data.subarray(0, entry.declared);
  if (entry.method !== 8) throw new UnreadableError(`zip entry ${entry.name} uses compression method ${entry.method}, which Excel does not write`);
  try {
    // Inflating to the end of the file is what the workbook library does too; the stream ends itself.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(limits);
    throw truncated(`entry ${entry.name} does not inflate (${(e as Error).message})`);
  }
}

/** The uncompressed size in a ZIP64 extra field, or 0. */
function zip64Size(extra: Buffer): number {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA && size >= 8 && at + 12 <= extra.length) return Number(extra.readBigUInt64LE(at + 4));
    at += 4 + size;
  }
  return 0;
}

function bomb(limits: ZipLimits): UnreadableError {
  return new UnreadableError(`the workbook inflates past ${limits.maxInflated / 2 ** 20} MiB (a zip bomb or not a form)`);
}

function truncated(why: string): UnreadableError {
  return new UnreadableError(`truncated or damaged workbook: ${why}`);
}
