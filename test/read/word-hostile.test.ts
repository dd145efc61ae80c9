// Hostile Word files end in bounded time with one line naming what is wrong: zip bombs (the directory honest or
// lying), entity expansion, external entities, a truncated zip, a damaged OLE2 file, and random damage.
//   parse(<1 MB zip that inflates to 1 GB>, { path: 'bomb.docx' }) → rejects: 'word/document.xml inflates to over 1024 MB, past the limit of 64 MB (a zip bomb?)'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { UnreadableError } from '../../src/read/decode.js';
import { docxReader } from '../../src/read/docx/index.js';
import { buildDocx, buildZip, zerosBomb } from '../helpers/zip.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = new URL('../fixtures-forms/word/', import.meta.url).pathname;
const DOCX = readFileSync(DIR + 'museum.docx');
const DOC = readFileSync(DIR + 'museum.doc');
const GB = 1024;
const LAUGHS = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 2} "${`&lol${i + 1};`.repeat(10)}">`).join('') + ']>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const bomb = (statedSize: number) => buildZip([{ name: 'word/document.xml', deflated: zerosBomb(GB), statedSize }]);
const xmlDocx = (xml: string) => buildZip([{ name: 'word/document.xml', data: Buffer.from(xml) }]);

/** The one-line reason parse() gives, and how long it took. */
async function refusal(bytes: Uint8Array, path: string): Promise<{ message: string; seconds: number }> {
  const start = performance.now();
  const error = await parse(bytes, { path }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  return { message, seconds: (performance.now() - start) / 1000 };
}

describe('hostile .docx', () => {
  it('is a bomb of 1 MB that inflates to 1 GB', () => {
    expect(bomb(0).length).toBeLessThan(1.5 * 1024 * 1024);
  });

  it.each([
    ['a zip bomb whose directory states 1 GB', bomb(GB * 1024 * 1024), /^word\/document\.xml inflates to over 1024 MB, past the limit of 64 MB/],
    ['a zip bomb whose directory states 1 KB', bomb(1024), /inflates past the size its zip directory states/],
    ['entity expansion (billion laughs)', xmlDocx(`${LAUGHS}<w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`), /declares a DOCTYPE/],
    ['an external entity', xmlDocx(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`), /declares a DOCTYPE/],
    ['an entity never declared', xmlDocx(`<w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`), /^word\/document\.xml is not well-formed XML/],
    ['XML cut off', xmlDocx(`<w:document ${W}><w:body><w:p><w:r><w:t>产出`), /^word\/document\.xml is not well-formed XML/],
    ['a truncated zip', DOCX.subarray(0, DOCX.length >> 1), /truncated or damaged zip/],
    ['a zip with word/ but no document', buildZip([{ name: 'word/styles.xml', data: Buffer.from('<x/>') }]), /no word\/document\.xml/],
  ])('%s: one line, in bounded time', async (_name, bytes, reason) => {
    const { message, seconds } = await refusal(bytes, 'x.docx');
    expect(message).toMatch(reason);
    expect(seconds).toBeLessThan(5);
  });

  it('survives random damage: every damaged copy reads or is refused with one line', async () => {
    await everyDamagedCopy(DOCX, 'x.docx');
  });

  it('reads 20,000 tables nested in each other in bounded time, each a table of its own', async () => {
    const depth = 20_000;
    const open = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>层</w:t></w:r></w:p>';
    const body = open.repeat(depth) + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    const start = performance.now();
    const model = await docxReader.read(buildDocx(body), { path: 'deep.docx' });
    expect(model.blocks).toHaveLength(depth);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('reads a long table in linear time', async () => {
    const table = (rows: number) => buildDocx(`<w:tbl>${'<w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>'.repeat(rows)}</w:tbl>`);
    const seconds = async (bytes: Buffer) => {
      const start = performance.now();
      await parse(bytes, { path: 'long.docx' });
      return (performance.now() - start) / 1000;
    };
    const [small, large] = [table(2_000), table(8_000)];
    await seconds(small);
    expect(await seconds(large)).toBeLessThan(8 * (await seconds(small)) + 0.5);
  });
});

describe('hostile .doc', () => {
  it.each([
    ['a truncated OLE2 file', DOC.subarray(0, 4096), /damaged/],
    ['an OLE2 header over garbage', Buffer.concat([DOC.subarray(0, 512), Buffer.alloc(DOC.length - 512, 0xab)]), /damaged/],
  ])('%s: one line, in bounded time', async (_name, bytes, reason) => {
    const { message, seconds } = await refusal(bytes, 'x.doc');
    expect(message).toMatch(reason);
    expect(seconds).toBeLessThan(5);
  });

  it('survives random damage: every damaged copy reads or is refused with one line', async () => {
    await everyDamagedCopy(DOC, 'x.doc');
  });
});

/** 60 copies with 1 to 64 bytes overwritten by a seeded generator: each parses or is refused, never throws otherwise. */
async function everyDamagedCopy(original: Buffer, path: string): Promise<void> {
  let seed = 12345;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
  for (let i = 0; i < 60; i++) {
    const copy = Buffer.from(original);
    for (let k = 1 + next(64); k > 0; k--) copy[next(copy.length)] = next(256);
    const start = performance.now();
    const error = await parse(copy, { path }).then(() => null, (e: unknown) => e);
    if (error !== null) expect(error, `copy ${i}: ${String(error)}`).toBeInstanceOf(UnreadableError);
    expect(performance.now() - start).toBeLessThan(5000);
  }
}

describe('hostile Word files on the command line', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'gzperf-word-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints one line per bad file, exits 2, and still reads the others', async () => {
    const files: Record<string, Uint8Array> = {
      'bomb.docx': bomb(1024),
      'laughs.docx': xmlDocx(`${LAUGHS}<w:document ${W}/>`),
      'cut.docx': DOCX.subarray(0, 3000),
      'broken.doc': DOC.subarray(0, 4096),
      'good.docx': DOCX,
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(tmp, name), bytes);
    const paths = Object.keys(files).map((name) => join(tmp, name));
    const result = await runCli(['parse', ...paths]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const [i, line] of lines.entries()) expect(line).toMatch(new RegExp(`^${paths[i]}:0:1  error  Cannot read: .+  unreadable$`));
    const docs = JSON.parse(result.stdout) as { source: { path: string }; document: { form: string }; indicators: unknown[] }[];
    expect(docs.map((d) => [d.source.path, d.document.form, d.indicators.length])).toEqual([[paths[4], 'docx', 10]]);
  });
});
