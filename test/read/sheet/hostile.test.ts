// Hostile workbooks, built here: each ends fast with one UnreadableError naming what is wrong, or reads without
// expanding what it must not (entities); through the CLI, one line per bad file and the others still parsed, exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utils } from '@e965/xlsx';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UnreadableError } from '../../../src/read/decode.js';
import { readWorkbook } from '../../../src/read/sheet/workbook.js';
import { runCli } from '../../helpers/run-cli.js';
import { unzipOf, xlsxOf, zipOf } from './zip.js';

const MiB = 2 ** 20;
const here = import.meta.dirname;
const BOOK = readFileSync(join(here, 'book.xlsx'));
const XLS = readFileSync(join(here, 'book.xls'));

/** The reason readWorkbook refuses the bytes with, and how long it took. */
function refusal(bytes: Uint8Array, form: 'xlsx' | 'xls'): { reason: string; seconds: number } {
  const start = performance.now();
  try {
    readWorkbook(bytes, form);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableError);
    return { reason: (e as Error).message, seconds: (performance.now() - start) / 1000 };
  }
  throw new Error('expected the workbook to be refused');
}

const sheetPart = (name: string, data: Buffer, declared?: number) => {
  const entries = [{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name, data, ...(declared === undefined ? {} : { declared }) }];
  return zipOf(entries);
};

describe('zip bombs and damaged zips', () => {
  it('refuses an entry that says it inflates past the limit, before inflating it', () => {
    const { reason, seconds } = refusal(sheetPart('xl/worksheets/sheet1.xml', Buffer.alloc(65 * MiB, 0x20)), 'xlsx');
    expect(reason).toMatch(/inflates past 64 MiB/);
    expect(seconds).toBeLessThan(5);
  });

  it('stops inflating an entry that lies about its size at the limit', () => {
    const { reason } = refusal(sheetPart('xl/worksheets/sheet1.xml', Buffer.alloc(80 * MiB, 0x20), 1000), 'xlsx');
    expect(reason).toMatch(/inflates past 64 MiB/);
  });

  it('counts every entry toward the limit (many parts of 20 MiB)', () => {
    const part = Buffer.alloc(20 * MiB, 0x20);
    const zip = zipOf([1, 2, 3, 4].map((i) => ({ name: `xl/media/image${i}.bin`, data: part })));
    expect(refusal(zip, 'xlsx').reason).toMatch(/inflates past 64 MiB/);
  });

  it.each([
    ['cut in half', BOOK.subarray(0, BOOK.length >> 1), /truncated or damaged workbook: the end of its zip directory is missing/],
    ['cut just before its directory ends', BOOK.subarray(0, BOOK.length - 10), /truncated or damaged workbook/],
    ['with its compressed data overwritten', Buffer.concat([BOOK.subarray(0, 200), Buffer.alloc(2000, 0xff), BOOK.subarray(2200)]), /truncated or damaged workbook|damaged workbook/],
  ])('refuses a zip %s', (_, bytes, reason) => {
    expect(refusal(bytes, 'xlsx').reason).toMatch(reason);
  });

  it('refuses an encrypted zip entry', () => {
    expect(refusal(zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), flags: 1 }]), 'xlsx').reason).toMatch(/encrypted/);
  });
});

describe('XML entities', () => {
  const laughs = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('');

  it('does not expand a billion laughs in shared strings', () => {
    const start = performance.now();
    const model = readWorkbook(xlsxOf({ sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', strings: '<si><t>&lol9;</t></si><si><t>指标</t></si>', prolog: `<!DOCTYPE sst [${laughs}]>` }), 'xlsx');
    expect(performance.now() - start).toBeLessThan(5000);
    const text = JSON.stringify(model.blocks);
    expect(text.length).toBeLessThan(2000);
    expect(text).not.toContain('lollol');
  });

  it('never reads an external entity', () => {
    const model = readWorkbook(xlsxOf({ sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', strings: '<si><t>&xxe;</t></si><si><t>指标</t></si>', prolog: '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' }), 'xlsx');
    expect(JSON.stringify(model.blocks)).not.toMatch(/root:/);
  });
});

describe('damaged Excel 97–2003 files', () => {
  it.each([
    ['cut after its header', XLS.subarray(0, 1024)],
    ['with its allocation table overwritten', Buffer.concat([XLS.subarray(0, 76), Buffer.alloc(436, 0xff), XLS.subarray(512)])],
    ['with its directory zeroed', Buffer.concat([XLS.subarray(0, 512), Buffer.alloc(XLS.length - 512)])],
  ])('refuses one %s with a reason', (_, bytes) => {
    const { reason, seconds } = refusal(bytes, 'xls');
    expect(reason).toMatch(/damaged Excel 97–2003 workbook/);
    expect(seconds).toBeLessThan(5);
  });

  it('skips document properties whose count a damaged file set to millions (SheetJS looped over them for seconds)', () => {
    const bytes = Buffer.from(XLS);
    // Found by the loop below before the reader dropped the property streams: 7 s in SheetJS's property-set parser.
    const changes = [[1053, 81], [2509, 129], [6476, 119], [5015, 57], [2902, 223], [5450, 78], [3566, 216], [4660, 28], [3922, 23], [4598, 102], [4656, 65], [2544, 102], [2783, 241], [2865, 5], [1676, 34], [4438, 1]] as const;
    for (const [at, value] of changes) bytes[at] = value;
    const start = performance.now();
    const spy = vi.spyOn(console, 'error');
    try {
      const model = readWorkbook(bytes, 'xls');
      expect(model.notes.filter((n) => n.code === 'skipped-records')).toHaveLength(1);
    } catch (e) {
      expect(e).toBeInstanceOf(UnreadableError);
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('reads or refuses 200 randomly damaged copies, each quickly, never with another error (property counts included)', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(XLS);
      for (let k = 0; k < 16; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const start = performance.now();
      try {
        readWorkbook(bytes, 'xls');
      } catch (e) {
        expect(e).toBeInstanceOf(UnreadableError);
      }
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });
});

describe('damaged workbook XML', () => {
  it('refuses a cell whose reference points past the grid (a sparse row of a billion slots once took a minute)', () => {
    const sheet = '<row r="1"><c r="&#99999999;A1" t="inlineStr"><is><t>x</t></is></c><c r="B1" t="inlineStr"><is><t>y</t></is></c></row>';
    const { reason, seconds } = refusal(xlsxOf({ sheet }), 'xlsx');
    expect(reason).toMatch(/^sheet "表1" has a cell at row \d+, column \d+, past the 65,536 rows and 16,384 columns gzperf reads$/);
    expect(seconds).toBeLessThan(2);
  });

  it('reads or refuses 150 copies of a real workbook with markup spliced into one part, each quickly', () => {
    const parts = unzipOf(BOOK);
    const splices = ['<', '>', '"', '&', '&#99999999;', '<!DOCTYPE x [<!ENTITY a "b">]>', 'r="XFD1048576"', 'ref="A1:XFD1048576"', '99999999999', '-1', '<row r="1048576">', '</sheetData>', 'numFmtId="999"', 'formatCode="[', '\u0000'];
    let seed = 42;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    for (let i = 0; i < 150; i++) {
      const files = parts.map((p) => ({ ...p }));
      const part = files[random(files.length)]!;
      let xml = part.data.toString('utf8');
      for (let m = 0, n = 1 + random(5); m < n; m++) {
        const at = random(xml.length);
        xml = xml.slice(0, at) + splices[random(splices.length)] + xml.slice(at + random(5));
      }
      part.data = Buffer.from(xml);
      const start = performance.now();
      try {
        readWorkbook(zipOf(files), 'xlsx');
      } catch (e) {
        expect(e, `${part.name}: ${(e as Error).stack}`).toBeInstanceOf(UnreadableError);
      }
      expect(performance.now() - start, `${part.name}: ${xml}`).toBeLessThan(2000);
    }
  });
});

describe('sheets too large to be a form', () => {
  it('refuses a sheet of 1,000,000 rows before parsing it, in bounded time', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const { reason, seconds } = refusal(xlsxOf({ sheet: rows.join('') }), 'xlsx');
    expect(reason).toBe('worksheet sheet1.xml has more than the 65,536 rows gzperf reads');
    expect(seconds).toBeLessThan(10);
  });

  it('reads a sheet of 65,536 rows, the most there may be, in linear time', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 65_536; r++) rows.push(`<x:row r="${r}"><x:c r="A${r}"><x:v>${r}</x:v></x:c><x:c r="B${r}"><x:v>1</x:v></x:c></x:row>`);
    const sheet = Buffer.from(`<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${rows.join('')}</x:sheetData></x:worksheet>`);
    const bytes = xlsxOf({ sheet });
    const start = performance.now();
    const model = readWorkbook(bytes, 'xlsx');
    // Linear: a quadratic pass over the rows took minutes here.
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(model.blocks).toHaveLength(1);
    expect((model.blocks[0] as { rows: number }).rows).toBe(65_536);
  });

  it('refuses a table whose grid would pass 4,000,000 cells', () => {
    const wide = Array.from({ length: 2000 }, (_, c) => `<c r="${utils.encode_cell({ r: 0, c })}"><v>1</v></c>`).join('');
    const rows = [`<row r="1">${wide}</row>`];
    for (let r = 2; r <= 2100; r++) rows.push(`<row r="${r}"><c r="B${r}"><v>1</v></c></row>`);
    expect(refusal(xlsxOf({ sheet: rows.join('') }), 'xlsx').reason).toMatch(/table of 2100 rows × 2000 columns, more than the 4,000,000 cells/);
  });
});

describe('the CLI on bad workbooks', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'gzperf-sheets-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('prints one line naming each bad file, still parses the others, and exits 2', async () => {
    const bomb = file('bomb.xlsx', sheetPart('xl/worksheets/sheet1.xml', Buffer.alloc(80 * MiB, 0x20), 1000));
    const cut = file('cut.xls', Buffer.concat([XLS.subarray(0, 76), Buffer.alloc(436, 0xff), XLS.subarray(512)]));
    const good = file('good.xlsx', BOOK);
    const { code, stdout, stderr } = await runCli(['parse', bomb, good, cut, 'seeds/000_94c012d1e06f7b6d.txt']);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${bomb}:.*Cannot read: the workbook inflates past 64 MiB`));
    expect(lines[1]).toMatch(new RegExp(`^${cut}:.*Cannot read: damaged Excel 97–2003 workbook`));
    expect((JSON.parse(stdout) as { source: { path: string } }[]).map((d) => d.source.path)).toEqual([good, 'seeds/000_94c012d1e06f7b6d.txt']);
  });
});
