// The review page opened in a real headless Chromium: no script error, no request, every indicator shown, values
// and source cells linked both ways, validate findings where they belong, a screenshot that is not blank.
//   gzperf report seeds/*.txt -o seeds.html → file:///…/seeds.html#d1, click 'i0.target' → its cell is selected
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import type { Summary } from '../../src/write/report/types.js';
import { runCli } from '../helpers/run-cli.js';
import { chromiumOrSkipReason, startChromium } from './chromium.js';
import { FAKE_DOCX_BYTES, FAKE_DOCX_READER } from '../write/report/model-doc.js';

// A Word document's model, as a reader gives it (the Word reader is another helper's work); text never asks for one.
vi.mock('../../src/read/forms.js', async (original) => ({ ...(await original<object>()), readerFor: async () => FAKE_DOCX_READER }));

// The callbacks given to page.evaluate run in the page; this project is type-checked without the DOM library.
declare const document: { querySelector(selector: string): { textContent: string | null; children: { length: number } } | null };
declare const location: { hash: string };

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);
const DOCTORED_FROM = 'seeds/001_98a5634400e74046.txt';
const chromium = chromiumOrSkipReason();
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-report-'));
let browser: Browser | undefined;

/** A page with every request and script error recorded from the start. */
async function open(file: string, hash = ''): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser!.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(file).href + hash, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  return { page, requests, errors };
}

async function report(name: string, files: string[], env: Record<string, string> = {}): Promise<string> {
  const out = join(tmp, name);
  const r = await runCli(['report', ...files, '-o', out], undefined, { env });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** The colours a PNG uses, counted up to a cap: a blank or one-colour page has a handful. */
function distinctColours(png: Uint8Array, cap = 5000): number {
  const { data } = PNG.sync.read(Buffer.from(png));
  const seen = new Set<number>();
  for (let i = 0; i < data.length && seen.size < cap; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return seen.size;
}

const suite = 'skip' in chromium ? describe.skip : describe;
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});
if ('skip' in chromium) console.warn(`report.browser.test: skipped: ${chromium.skip}`);

suite('the review page in headless Chromium', () => {
  let seedsPage: string;
  let parsed: ParsedDocument[];

  beforeAll(async () => {
    browser ??= await startChromium((chromium as { path: string }).path);
    seedsPage = await report('seeds.html', SEEDS);
    parsed = JSON.parse((await runCli(['parse', ...SEEDS])).stdout) as ParsedDocument[];
  });

  it('loads with no script error and makes no request but the page itself', async () => {
    const { page, requests, errors } = await open(seedsPage);
    for (let i = 0; i < SEEDS.length; i++) {
      await page.evaluate((h) => (location.hash = h), `#d${i}`);
      await page.waitForSelector(`#indicator-table`);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(seedsPage).href]);
    await page.close();
  });

  it('lists every document in the overview and shows every indicator of each', async () => {
    const { page } = await open(seedsPage);
    expect(await page.$$eval('#overview-table tbody tr', (rows) => rows.length)).toBe(SEEDS.length);
    for (const [i, doc] of parsed.entries()) {
      await page.evaluate((h) => (location.hash = h), `#d${i}`);
      await page.waitForFunction((p) => document.querySelector('#doc .sub')?.textContent === p, {}, doc.source.path);
      const names = await page.$$eval('#indicator-table tbody tr', (rows) => rows.map((r) => r.children[3]!.textContent));
      expect(names).toEqual(doc.indicators.map((x) => x.name || '—'));
    }
    await page.close();
  });

  it('clicking a value selects the source cell it was read from', async () => {
    const { page } = await open(seedsPage, '#d1');
    const target = parsed[1]!.indicators[0]!.target!.raw;
    await page.click('#indicators [data-ref="i0.target"]');
    const selected = await page.$eval('#source .selected', (el) => ({ id: el.id, text: el.textContent, top: el.getBoundingClientRect().top }));
    expect(selected.id).toMatch(/^s-c\d+\.\d+$/);
    expect(selected.text.replace(/\s+/g, '')).toContain(target.replace(/\s+/g, ''));
    // Scrolled into view.
    expect(selected.top).toBeGreaterThanOrEqual(0);
    expect(selected.top).toBeLessThan(900);
    // From the keyboard too: focus the achieved value and press Enter.
    await page.focus('#indicators [data-ref="i0.achieved"]');
    await page.keyboard.press('Enter');
    const achieved = parsed[1]!.indicators[0]!.achieved!.raw;
    expect((await page.$eval('#source .selected', (el) => el.textContent ?? '')).replace(/\s+/g, '')).toContain(achieved.replace(/\s+/g, ''));
    await page.close();
  });

  it('clicking a source cell shows what it became, and a cell that fed nothing says so', async () => {
    const { page } = await open(seedsPage, '#d1');
    const ind = parsed[1]!.indicators[0]!;
    // The achieved value's own cell, found through the page's links.
    await page.click('#indicators [data-ref="i0.achieved"]');
    const achievedCell = await page.$eval('#source .selected', (el) => el.id);
    await page.click('#inspector .close');
    await page.click(`[data-cell="${achievedCell.slice(2)}"]`);
    const said = await page.$eval('#inspector-refs', (el) => el.textContent ?? '');
    expect(said).toContain(ind.name);
    expect(said).toContain(ind.achieved!.raw);
    expect(await page.$('tr[data-ind="0"].hit')).not.toBeNull();
    await page.click('#source td.unused');
    expect(await page.$eval('#inspector', (el) => el.textContent)).toContain('this cell fed no value');
    await page.close();
  });

  it('marks in a sentence the words a value was read from', async () => {
    const { page } = await open(seedsPage, '#d1');
    const total = parsed[1]!.scores!;
    const marks = await page.$$eval(`[data-cell="c${total.line}.0"] mark`, (els) => els.map((el) => el.textContent));
    expect(marks).toContain(String(total.total));
    await page.click('#checks [data-ref="total"]');
    expect(await page.$eval('#source .selected', (el) => el.id)).toBe(`s-c${total.line}.0`);
    await page.close();
  });

  it('draws the page and the chart: screenshots with many colours, not a blank', async () => {
    const { page } = await open(seedsPage, '#d1');
    await page.waitForSelector('#chart canvas');
    expect(distinctColours(await page.screenshot({ type: 'png' }))).toBeGreaterThan(100);
    const chart = await page.$('#chart');
    expect(distinctColours(await chart!.screenshot({ type: 'png' }))).toBeGreaterThan(30);
    await page.close();
  });

  it('shows markup a document holds as text, never as markup or script', async () => {
    const hostile = join(tmp, 'hostile.txt');
    writeFileSync(hostile, '某单位2022年项目支出绩效自评表\n\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n' +
      '产出指标\t数量指标\t&lt;img src=x onerror=alert(1)&gt;培训人次\t≥150人次\t160人次\t10\t10\n' +
      '产出指标\t质量指标\t</script><script>alert(2)</script>合格率\t≥95%\t96%\t10\t10\n');
    const { page, errors, requests } = await open(await report('hostile.html', [hostile]), '#d0');
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.evaluate(() => (location.hash = '#d0'));
    await page.waitForSelector('#chart canvas');
    await page.hover('#chart canvas');
    const names = await page.$$eval('#indicator-table tbody tr', (rows) => rows.map((r) => r.children[3]!.textContent));
    expect(names).toEqual(['<img src=x onerror=alert(1)>培训人次', '</script><script>alert(2)</script>合格率']);
    expect(await page.$$eval('#doc img, #doc script', (els) => els.length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });

  it('shows validate errors and warnings on a doctored seed beside the lines they name', async () => {
    const lines = readFileSync(DOCTORED_FROM, 'utf8').replace('自评得分93.78分', '自评得分95.78分').replace('执行率 99.98%', '执行率 99.90%').split('\n');
    lines[149] = lines[149]!.replace(/\t65\.7%$/, '\t');
    const doctored = join(tmp, 'doctored.txt');
    writeFileSync(doctored, lines.join('\n'));
    const validate = JSON.parse((await runCli(['validate', '-f', 'json', doctored])).stdout) as { findings: { code: string; line: number }[] }[];
    const found = validate[0]!.findings.map((f) => `${f.code}@${f.line}`);
    expect(found).toEqual(expect.arrayContaining(['score-sum-mismatch@101', 'budget-rate-mismatch@71', 'missing-achieved@150']));

    const { page, errors } = await open(await report('doctored.html', [doctored]));
    expect(await page.$eval('#overview-table tbody tr', (tr) => [tr.children[9]!.textContent, tr.children[10]!.textContent])).toEqual(['1', '2']);
    await page.evaluate(() => (location.hash = '#d0'));
    await page.waitForSelector('#source');
    for (const f of found.filter((x) => !x.endsWith('@0'))) {
      const [code, line] = f.split('@');
      expect(await page.$(`#a-l${line} .note[data-code="${code}"]`), `${code} beside line ${line}`).not.toBeNull();
    }
    expect(await page.$('.check.failed[data-check="score"]')).not.toBeNull();
    expect(await page.$('.check.failed[data-check="budget"]')).not.toBeNull();
    expect(await page.$eval('#findings', (el) => el.textContent)).toContain('score-sum-mismatch');
    expect(errors).toEqual([]);
    await page.close();
  });
});

suite('a 1,000-document page in headless Chromium', () => {
  let file: string;
  let summaries: Summary[];

  beforeAll(async () => {
    browser ??= await startChromium((chromium as { path: string }).path);
    // The seeds' views, each repeated 200 times under its own name: the page's size and speed, not the parser's.
    const { parseDocument } = await import('../../src/parse.js');
    const { textSource } = await import('../../src/write/report/source-text.js');
    const { docView, summaryOf } = await import('../../src/write/report/view.js');
    const { renderPage } = await import('../../src/write/report/page.js');
    const { echartsSource } = await import('../../src/write/report/echarts.js');
    const seeds = SEEDS.map((path) => {
      const bytes = readFileSync(path);
      return docView(parseDocument(bytes, { path }), textSource(bytes.toString('utf8')), (x) => `l${x.line}`);
    });
    const views = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length]!, path: `batch/${String(i).padStart(4, '0')}.txt` }));
    summaries = views.map(summaryOf);
    file = join(tmp, 'thousand.html');
    writeFileSync(file, renderPage(views, { lang: 'en', echarts: await echartsSource() }));
  });

  it('opens, filters, sorts and opens its last document in a few seconds, with no error', async () => {
    const start = Date.now();
    const { page, errors, requests } = await open(file);
    const ready = Date.now() - start;
    const rowCount = (): Promise<number> => page.$eval('#overview-table tbody', (b) => b.children.length);
    // The first rows are drawn at once, the rest on request.
    expect(await page.$eval('#shown', (el) => el.textContent)).toBe('shown 1000 / 1000');
    expect(await rowCount()).toBe(300);
    await page.click('#more');
    expect(await rowCount()).toBe(1000);
    await page.type('#filter', 'batch/0999');
    await page.waitForFunction(() => document.querySelector('#overview-table tbody')!.children.length === 1);
    expect(await page.$eval('#overview-table tbody tr', (r) => r.dataset.i)).toBe('999');
    await page.$eval('#filter', (el) => {
      (el as unknown as { value: string }).value = '';
      el.dispatchEvent(new Event('input'));
    });
    await page.waitForFunction(() => document.querySelector('#overview-table tbody')!.children.length === 300);
    await page.click('#overview-table th[data-key="total"]');
    const first = await page.$eval('#overview-table tbody tr', (r) => Number(r.dataset.i));
    const lowest = Math.min(...summaries.flatMap((s) => (s.total === null ? [] : [s.total])));
    expect(summaries[first]!.total).toBe(lowest);
    await page.evaluate(() => (location.hash = '#d999'));
    await page.waitForFunction(() => document.querySelector('#doc .sub')?.textContent === 'batch/0999.txt');
    expect(await page.$$eval('#indicator-table tbody tr', (rows) => rows.length)).toBe(summaries[999]!.met + summaries[999]!.notMet + summaries[999]!.unknown);
    // Only the opened document was rendered: one source section in the page.
    expect(await page.$$eval('#source', (s) => s.length)).toBe(1);
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(ready).toBeLessThan(20_000);
    console.info(`1,000-document page: ${(readFileSync(file).byteLength / 1024 / 1024).toFixed(1)} MB, ready in ${ready} ms`);
    await page.close();
  });
});

suite('a page or attachment (the document model) in headless Chromium', () => {
  it('draws its table with spans, links values and merged class labels both ways, and notes findings by row', async () => {
    browser ??= await startChromium((chromium as { path: string }).path);
    const input = join(tmp, 'form.docx');
    writeFileSync(input, FAKE_DOCX_BYTES);
    const out = join(tmp, 'model.html');
    const r = await runCli(['report', input, '-o', out, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    const { page, errors, requests } = await open(out, '#d0');
    expect(await page.$eval('[data-cell="t1.1.0"]', (td) => [td.getAttribute('rowspan'), td.className])).toEqual(['2', 'fed']);
    expect(await page.$eval('[data-cell="t1.4.0"]', (td) => td.getAttribute('colspan'))).toBe('5');
    expect(await page.$eval('[data-cell="t1.0.3"]', (td) => td.className)).toBe('head');
    await page.click('#indicators [data-ref="i1.category0"]');
    expect(await page.$eval('#source .selected', (el) => el.id)).toBe('s-t1.1.0');
    await page.click('#inspector .close');
    await page.click('[data-cell="t1.2.3"]');
    const said = await page.$eval('#inspector-refs', (el) => el.textContent ?? '');
    expect(said).toContain('培训合格率');
    expect(said).toContain('≥95%');
    expect(await page.$('#a-t1r5 .note[data-code="score-sum-mismatch"]')).not.toBeNull();
    expect(await page.$('#a-t1r3 .note[data-code="not-met-unexplained"]')).not.toBeNull();
    expect(await page.$('.check.failed[data-check="score"]')).not.toBeNull();
    expect(await page.$eval('#indicators h3', (el) => el.textContent)).toBe('绩效指标 (3)');
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
