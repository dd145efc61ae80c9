// PDF end to end and hostile PDFs through the CLI: a scan, an encrypted file, a corrupt and a truncated one each
// end in one line naming the file and what is wrong, exit 2, the other files still read; 1,000 pages stay bounded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { PDF_PAGE_LIMIT, pdfReader } from '../../src/read/pdf/index.js';
import { PDF_INFLATE_LIMIT } from '../../src/read/pdf/bombs.js';
import type { ParsedDocument } from '../../src/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { gridLines, makePdf, type PdfPage } from '../helpers/pdf.js';

const tmp = mkdtempSync(join(tmpdir(), 'gzperf-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

const XS = [50, 130, 210, 330, 450, 530];
const ROWS = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
  ['产出指标', '数量指标', '培训人次', '≥500人次', '620人次'],
  ['', '质量指标', '培训合格率', '≥95%', '98%'],
];

/** A 绩效自评表 with a title and a ruled indicator table. */
function evaluationForm(): PdfPage {
  const ys = ROWS.map((_, i) => 100 + i * 22).concat(100 + ROWS.length * 22);
  const lines = gridLines(XS, ys).filter(([x1, y1, x2]) => !(x1 === 50 && x2 === 130 && y1 === 144));
  const texts = ROWS.flatMap((row, r) => row.map((text, c) => ({ x: XS[c]! + 4, y: 114 + r * 22, text })).filter((t) => t.text));
  return { lines, texts: [{ x: 120, y: 60, text: '某县2023年度项目支出绩效自评表', size: 16 }, ...texts] };
}

describe('PDF end to end', () => {
  it('reads the indicators of a ruled form, with where each came from', async () => {
    const [doc] = await parse(makePdf([evaluationForm()]), { path: 'form.pdf' });
    expect(doc!.document).toMatchObject({ title: '某县2023年度项目支出绩效自评表', form: 'pdf', year: 2023 });
    const got = doc!.indicators.map((i) => [i.category.join('/'), i.name, i.target?.raw, i.achieved?.raw, i.where]);
    expect(got).toEqual([
      ['产出指标/数量指标', '培训人次', '≥500人次', '620人次', { page: 1, table: 1, row: 2 }],
      ['产出指标/质量指标', '培训合格率', '≥95%', '98%', { page: 1, table: 1, row: 3 }],
    ]);
  });

  it('reads a form whose table goes on over a page break as one table, each indicator on its own page', async () => {
    const part = (rows: string[][], top: number): PdfPage => ({
      lines: gridLines(XS, rows.map((_, i) => top + i * 22).concat(top + rows.length * 22)),
      texts: rows.flatMap((row, r) => row.map((text, c) => ({ x: XS[c]! + 4, y: top + 14 + r * 22, text })).filter((t) => t.text)),
    });
    const first = part(ROWS.slice(0, 2), 100);
    first.texts!.unshift({ x: 120, y: 60, text: '某县2023年度项目支出绩效自评表', size: 16 });
    const [doc] = await parse(makePdf([first, part(ROWS.slice(2), 40)]), { path: 'two.pdf' });
    expect(doc!.indicators.map((i) => [i.name, i.achieved?.raw, i.where])).toEqual([
      ['培训人次', '620人次', { page: 1, table: 1, row: 2 }],
      ['培训合格率', '98%', { page: 2, table: 1, row: 3 }],
    ]);
  });

  it('leaves the bytes it was given untouched', async () => {
    const bytes = makePdf([evaluationForm()]);
    const copy = Buffer.from(bytes);
    await parse(bytes, { path: 'form.pdf' });
    expect(bytes.equals(copy)).toBe(true);
  });
});

describe('hostile PDFs', () => {
  const good = file('good.pdf', makePdf([evaluationForm()]));
  const whole = makePdf([evaluationForm(), evaluationForm()]);
  const BAD = [
    { name: 'a scan (no text layer)', path: file('scan.pdf', makePdf([{ raw: '0 0 1 rg 50 50 400 600 re f' }])), reason: 'no text layer' },
    { name: 'an encrypted PDF', path: file('locked.pdf', makePdf([evaluationForm()], { encrypted: true })), reason: 'encrypted' },
    { name: 'a corrupt PDF', path: file('corrupt.pdf', Buffer.from('%PDF-1.7\n' + '\u0000\u00ff garbage '.repeat(200), 'latin1')), reason: 'broken or truncated PDF' },
    { name: 'a zip bomb (a small file whose content inflates past the limit)', path: file('bomb.pdf', makePdf([{ deflated: deflateSync(Buffer.alloc(PDF_INFLATE_LIMIT + 1024, 0x20)) }])), reason: 'zip bomb' },
    { name: 'a PDF cut after its header', path: file('cut.pdf', whole.subarray(0, 40)), reason: 'PDF' },
  ];

  it.each(BAD)('$name: one line naming the file, exit 2, the good file still read', async ({ path, reason }) => {
    const r = await runCli(['parse', '-f', 'json', path, good]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toContain(reason);
    const docs = JSON.parse(r.stdout) as ParsedDocument[];
    expect(docs.map((d) => d.source.path)).toEqual([good]);
    expect(docs[0]!.indicators).toHaveLength(2);
  });

  it('a PDF truncated in its middle is read as far as it goes or refused in one line, never a crash', async () => {
    const path = file('half.pdf', whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await runCli(['parse', '-f', 'json', path]);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr.trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a damaged page is named in a warning and skipped, the other pages read', async () => {
    // An image the page's resources do not have.
    const damaged: PdfPage = { raw: 'q /Im9 Do Q' };
    const [doc] = await parse(makePdf([evaluationForm(), damaged]), { path: 'damaged.pdf' });
    expect(doc!.indicators).toHaveLength(2);
    const notes = doc!.diagnostics.filter((d) => d.code === 'pdf-page-unreadable');
    expect(notes.map((d) => d.where)).toEqual([{ page: 2 }]);
  });

  it('a page drawn with thousands of lines is read in bounded time, its text kept', async () => {
    const lines = Array.from({ length: 1500 }, (_, i): [number, number, number, number] => [20, 20 + i * 2.5, 580, 20 + i * 2.5]);
    for (let i = 0; i < 1500; i++) lines.push([20 + i * 2.5, 20, 20 + i * 2.5, 800]);
    const started = performance.now();
    const model = await pdfReader.read(makePdf([{ lines, texts: [{ x: 100, y: 301, text: '年度绩效目标已完成' }] }]), { path: 'mesh.pdf' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(model.blocks.map((b) => ('text' in b ? b.text : ''))).toContain('年度绩效目标已完成');
  }, 30_000);

  it(`a PDF of 1,000 pages is read up to ${PDF_PAGE_LIMIT} pages in bounded time, and says so`, async () => {
    const pages = Array.from({ length: 1000 }, (_, i): PdfPage => ({ texts: [{ x: 60, y: 100, text: `第${i + 1}页的说明文字` }] }));
    const started = performance.now();
    const [doc] = await parse(makePdf(pages), { path: 'big.pdf' });
    expect(performance.now() - started).toBeLessThan(60_000);
    const note = doc!.diagnostics.find((d) => d.code === 'pdf-page-limit');
    expect(note?.message).toContain(`pages ${PDF_PAGE_LIMIT + 1}–1000 were not read`);
  }, 90_000);
});
