// Password-protected workbooks, built here: an .xlsx saved with a password (an OLE2 file holding EncryptedPackage)
// and an .xls with a FILEPASS record each end in one line saying the file is password-protected, exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CFB } from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { UnreadableError } from '../../../src/read/decode.js';
import { readWorkbook } from '../../../src/read/sheet/workbook.js';
import { runCli } from '../../helpers/run-cli.js';

const XLS = readFileSync(join(import.meta.dirname, 'book.xls'));

/** An encrypted .xlsx as Excel saves it: EncryptionInfo, EncryptedPackage and the data spaces in an OLE2 file. */
function encryptedXlsx(extra: Record<string, Buffer> = {}): Buffer {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...Buffer.from('<encryption/>')]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(6000, 0x5a));
  CFB.utils.cfb_add(cfb, '/\u0006DataSpaces/Version', Buffer.alloc(76));
  for (const [name, data] of Object.entries(extra)) CFB.utils.cfb_add(cfb, `/${name}`, data);
  return CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

/** book.xls with an RC4 FILEPASS record right after the workbook's BOF, as Excel 97–2003 writes a protected file. */
function encryptedXls(): Buffer {
  const cfb = CFB.read(XLS, { type: 'buffer' });
  const stream = CFB.find(cfb, '/Workbook')!;
  const data = Buffer.from(stream.content as Uint8Array);
  const bof = 4 + data.readUInt16LE(2);
  const record = Buffer.alloc(4 + 54);
  record.writeUInt16LE(0x002f, 0);
  record.writeUInt16LE(54, 2);
  // wEncryptionType 1 (RC4), version 1.1, then salt, verifier and its hash.
  record.writeUInt16LE(1, 4);
  record.writeUInt16LE(1, 6);
  record.writeUInt16LE(1, 8);
  stream.content = Buffer.concat([data.subarray(0, bof), record, data.subarray(bof)]);
  return CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

function reason(bytes: Buffer, form: 'xlsx' | 'xls'): string {
  try {
    readWorkbook(bytes, form);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableError);
    return (e as Error).message;
  }
  throw new Error('expected the workbook to be refused');
}

describe('a password-protected workbook', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'gzperf-protected-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('as .xlsx: one line saying it is password-protected, exit 2, the other files still parsed', async () => {
    const xlsx = join(tmp, 'protected.xlsx');
    writeFileSync(xlsx, encryptedXlsx());
    const { code, stdout, stderr } = await runCli(['parse', xlsx, 'seeds/000_94c012d1e06f7b6d.txt']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${xlsx}:.*Cannot read: .*password-protected`))]);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(1);
  });

  it('as .xlsx whose OLE2 directory happens to spell "Book" (read as an .xls): still password-protected', () => {
    const bytes = encryptedXlsx({ '\u0005DocumentSummaryInformation': Buffer.from('Book', 'utf16le') });
    expect(reason(bytes, 'xls')).toBe('the workbook is password-protected; save it without a password first');
  });

  it('as Excel 97–2003 (.xls with FILEPASS): one line saying it is password-protected, exit 2', async () => {
    const bytes = encryptedXls();
    expect(reason(bytes, 'xls')).toBe('the workbook is password-protected; save it without a password first');
    const xls = join(tmp, 'protected.xls');
    writeFileSync(xls, bytes);
    const { code, stderr } = await runCli(['parse', xls]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/Cannot read: the workbook is password-protected/)]);
  });
});
