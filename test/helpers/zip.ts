// Zip files built in a test: real entries, or hostile ones (a size the directory states falsely, a bomb).
//   buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document …/>') }]) → <Buffer 50 4b 03 04 …>
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The entry's content; deflated unless `deflated` is given. */
  data?: Buffer;
  /** A raw deflate stream to store as is (a bomb), with the size the directory states. */
  deflated?: Buffer;
  statedSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflated ?? deflateRawSync(e.data ?? Buffer.alloc(0));
    const size = e.statedSize ?? e.data?.length ?? 0;
    const crc = e.data ? crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A raw deflate stream of `mb` MB of zeros in about `mb` KB: one flushed megabyte repeated, then a final empty block. */
export function zerosBomb(mb: number): Buffer {
  const megabyte = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...new Array<Buffer>(mb).fill(megabyte), Buffer.from([0x03, 0x00])]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';

/** A .docx whose body is `body` (WordprocessingML without the document wrapper), with optional styles and lists. */
export function buildDocx(body: string, styles?: string, numbering?: string): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  const entries: ZipEntry[] = [{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from(document) }];
  if (styles) entries.push({ name: 'word/styles.xml', data: Buffer.from(`<w:styles ${W}>${styles}</w:styles>`) });
  if (numbering) entries.push({ name: 'word/numbering.xml', data: Buffer.from(`<w:numbering ${W}>${numbering}</w:numbering>`) });
  return buildZip(entries);
}
