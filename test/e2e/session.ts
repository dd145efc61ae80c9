// One headless Chromium per test file, and what the page tests share: open a page recording every request and
// script error, write a report into a temporary folder, count a screenshot's colours.
//   const s = pageSession(); s.suite('…', () => { it('…', async () => { const { page } = await s.open(await s.report('a.html', [SEED])); }) })
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { chromiumOrSkipReason, startChromium } from './chromium.js';

export interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

export interface PageSession {
  /** describe, or describe.skip (with the reason printed) when there is no Chromium outside CI. */
  suite: typeof describe | typeof describe.skip;
  tmp: string;
  open(file: string, hash?: string): Promise<Opened>;
  /** `gzperf report FILES -o tmp/name`, which must succeed; the page's path. */
  report(name: string, files: string[], env?: Record<string, string>): Promise<string>;
}

export function pageSession(): PageSession {
  const chromium = chromiumOrSkipReason();
  const tmp = mkdtempSync(join(tmpdir(), 'gzperf-report-'));
  let browser: Browser | undefined;
  if ('skip' in chromium) console.warn(`page tests skipped: ${chromium.skip}`);
  else beforeAll(async () => void (browser = await startChromium(chromium.path)));
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });
  return {
    suite: 'skip' in chromium ? describe.skip : describe,
    tmp,
    async open(file, hash = '') {
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
    },
    async report(name, files, env = {}) {
      const out = join(tmp, name);
      const r = await runCli(['report', ...files, '-o', out], undefined, { env });
      expect(r.code, r.stderr).toBe(0);
      return out;
    },
  };
}

/** The colours a PNG uses, counted up to a cap: a blank or one-colour page has a handful. */
export function distinctColours(png: Uint8Array, cap = 5000): number {
  const { data } = PNG.sync.read(Buffer.from(png));
  const seen = new Set<number>();
  for (let i = 0; i < data.length && seen.size < cap; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return seen.size;
}
