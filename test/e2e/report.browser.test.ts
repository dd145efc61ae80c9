// The review page of the seeds opened in a real headless Chromium: no script error, no request, every indicator
// shown, values and source cells linked both ways, validate findings where they belong, a screenshot not blank.
//   gzperf report seeds/*.txt -o seeds.html → file:///…/seeds.html#d1, click 'i0.target' → its cell is selected
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { runCli } from '../helpers/run-cli.js';
import { distinctColours, pageSession } from './session.js';

// The callbacks given to page.evaluate run in the page; this project is type-checked without the DOM library.
declare const document: { querySelector(selector: string): { textContent: string | null; children: { length: number } } | null };
declare const location: { hash: string };

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);
const DOCTORED_FROM = 'seeds/001_98a5634400e74046.txt';
const s = pageSession();

s.suite('the review page in headless Chromium', () => {
  let seedsPage: string;
  let parsed: ParsedDocument[];

  beforeAll(async () => {
    seedsPage = await s.report('seeds.html', SEEDS);
    parsed = JSON.parse((await runCli(['parse', ...SEEDS])).stdout) as ParsedDocument[];
  });

  it('loads with no script error and makes no request but the page itself', async () => {
    const { page, requests, errors } = await s.open(seedsPage);
    for (let i = 0; i < SEEDS.length; i++) {
      await page.evaluate((h) => (location.hash = h), `#d${i}`);
      await page.waitForSelector(`#indicator-table`);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(seedsPage).href]);
    await page.close();
  });

  it('lists every document in the overview and shows every indicator of each', async () => {
    const { page } = await s.open(seedsPage);
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
    const { page } = await s.open(seedsPage, '#d1');
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
    const { page } = await s.open(seedsPage, '#d1');
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
    const { page } = await s.open(seedsPage, '#d1');
    const total = parsed[1]!.scores!;
    const marks = await page.$$eval(`[data-cell="c${total.line}.0"] mark`, (els) => els.map((el) => el.textContent));
    expect(marks).toContain(String(total.total));
    await page.click('#checks [data-ref="total"]');
    expect(await page.$eval('#source .selected', (el) => el.id)).toBe(`s-c${total.line}.0`);
    await page.close();
  });

  it('draws the page and the chart: screenshots with many colours, not a blank', async () => {
    const { page } = await s.open(seedsPage, '#d1');
    await page.waitForSelector('#chart canvas');
    expect(distinctColours(await page.screenshot({ type: 'png' }))).toBeGreaterThan(100);
    const chart = await page.$('#chart');
    expect(distinctColours(await chart!.screenshot({ type: 'png' }))).toBeGreaterThan(30);
    await page.close();
  });

  it('shows markup a document holds as text, never as markup or script', async () => {
    const hostile = join(s.tmp, 'hostile.txt');
    writeFileSync(hostile, '某单位2022年项目支出绩效自评表\n\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n' +
      '产出指标\t数量指标\t&lt;img src=x onerror=alert(1)&gt;培训人次\t≥150人次\t160人次\t10\t10\n' +
      '产出指标\t质量指标\t</script><script>alert(2)</script>合格率\t≥95%\t96%\t10\t10\n');
    const { page, errors, requests } = await s.open(await s.report('hostile.html', [hostile]), '#d0');
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
    const doctored = join(s.tmp, 'doctored.txt');
    writeFileSync(doctored, lines.join('\n'));
    const validate = JSON.parse((await runCli(['validate', '-f', 'json', doctored])).stdout) as { findings: { code: string; line: number }[] }[];
    const found = validate[0]!.findings.map((f) => `${f.code}@${f.line}`);
    expect(found).toEqual(expect.arrayContaining(['score-sum-mismatch@101', 'budget-rate-mismatch@71', 'missing-achieved@150']));

    const { page, errors } = await s.open(await s.report('doctored.html', [doctored]));
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
