// A 1,000-document review page in headless Chromium: it opens in seconds, filters, sorts, and opens its last
// document, parsing only that one's data.
//   1,000 views of the seeds → thousand.html (~50 MB) → ready, '#d999' shows batch/0999.txt
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Summary } from '../../src/write/report/types.js';
import { pageSession } from './session.js';

// The callbacks given to page.evaluate run in the page; this project is type-checked without the DOM library.
declare const document: { querySelector(selector: string): { textContent: string | null; children: { length: number } } | null };
declare const location: { hash: string };

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);
const s = pageSession();

s.suite('a 1,000-document page in headless Chromium', () => {
  let file: string;
  let summaries: Summary[];

  beforeAll(async () => {
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
    file = join(s.tmp, 'thousand.html');
    writeFileSync(file, renderPage(views, { lang: 'en', echarts: await echartsSource() }));
  });

  it('opens, filters, sorts and opens its last document in a few seconds, with no error', async () => {
    const start = Date.now();
    const { page, errors, requests } = await s.open(file);
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
