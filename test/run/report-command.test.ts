// `gzperf report` through main(): the page, its size on stderr, the language, unreadable inputs, a safe -o; and
// through the built CLI: the chart library is read by `report` alone, never on the parse path.
//   ['report', 'seeds/*.txt', '-o', 'r.html'] → 0, stderr 'gzperf report: 5 documents, … indicators → r.html (… kB)'
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonElement } from '../../src/write/report/page.js';
import { pickLang } from '../../src/messages/report.js';
import type { DocView } from '../../src/write/report/types.js';
import { runCli } from '../helpers/run-cli.js';

const SEEDS = 'seeds/*.txt';
const SEED = 'seeds/000_94c012d1e06f7b6d.txt';
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-report-cmd-'));

/** Each document's data as the page carries it: gzip, base64, in its own element. */
function docsOf(html: string): DocView[] {
  return [...html.matchAll(/<script type="application\/gzip\+base64" id="gz-d\d+">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(gunzipSync(Buffer.from(m[1]!, 'base64')).toString('utf8')) as DocView,
  );
}
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gzperf report', () => {
  it('writes one self-contained page for all inputs and reports its size on stderr', async () => {
    const out = join(tmp, 'seeds.html');
    const r = await runCli(['report', SEEDS, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    const size = Buffer.byteLength(html);
    expect(r.stderr).toMatch(new RegExp(`^gzperf report: 5 documents, \\d+ indicators → ${out.replace(/[.\\/]/g, '\\$&')} \\(${(size / 1024).toFixed(1)} kB\\)\\n$`));
    expect(html).toMatch(/^<!doctype html>/);
    // Nothing may be fetched, and no script runs but the page's own two, named by their hashes.
    expect(html).toMatch(/content="default-src 'none'; script-src 'sha256-[\w+/]+=*' 'sha256-[\w+/]+=*'; /);
    expect(docsOf(html).map((d) => d.path)).toEqual(readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`));
    // Nothing to fetch: no element of the page refers to a script, style, image or font by address (the browser
    // test watches the scripts at run time).
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>');
    expect(markup).toContain('<div id="overview"></div>');
    expect(markup).not.toMatch(/\b(?:src|href)=/i);
    expect(markup).not.toMatch(/url\(|@import/i);
  });

  it('writes to stdout without -o, and the same inputs give the same bytes', async () => {
    const [a, b] = [await runCli(['report', SEED]), await runCli(['report', SEED])];
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^<!doctype html>/);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.stderr).toMatch(/^gzperf report: 1 documents, \d+ indicators \([\d.]+ kB\)\n$/);
  });

  it.each([
    ['LANG zh_CN', ['report', SEED], { LANG: 'zh_CN.UTF-8' }, 'zh-CN', '文档总览'],
    ['LC_ALL before LANG', ['report', SEED], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN', '文档总览'],
    ['--lang zh-CN', ['report', SEED, '--lang', 'zh-CN'], {}, 'zh-CN', '文档总览'],
    ['--lang en over LANG', ['report', SEED, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' }, 'en', 'Documents'],
    ['no locale', ['report', SEED], {}, 'en', 'Documents'],
  ])('labels: %s', async (_name, argv, env, lang, word) => {
    const r = await runCli(argv, undefined, { env });
    expect(r.stdout).toContain(`<html lang="${lang}">`);
    expect(r.stdout).toContain(`"overview":"${word}"`);
  });

  it('keeps going past an unreadable input, shows it as a failed row, and exits 2', async () => {
    const out = join(tmp, 'missing.html');
    const r = await runCli(['report', SEED, join(tmp, 'nope.txt'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt:0:1 {2}error {2}Cannot read: no such file {2}unreadable\n/);
    const html = readFileSync(out, 'utf8');
    const docs = docsOf(html);
    expect(docs).toHaveLength(2);
    expect(docs[1]!.findings).toMatchObject([{ code: 'unreadable', severity: 'error' }]);
  });

  it('reports a file no reader can take on stderr and as a failed row, and exits 2', async () => {
    const zip = join(tmp, 'archive.zip');
    writeFileSync(zip, Buffer.from('PK\u0003\u0004\u0000\u0000data.bin', 'latin1'));
    const r = await runCli(['report', zip, SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/archive\.zip:0:1 {2}error {2}Cannot read: a zip archive .* {2}unreadable\n/);
    expect(r.stdout.match(/id="gz-d\d+"/g)).toHaveLength(2);
  });

  it('refuses an -o that names one of its inputs, leaving it untouched', async () => {
    const input = join(tmp, 'input.txt');
    writeFileSync(input, readFileSync(SEED));
    const r = await runCli(['report', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unexpected -o naming one of the inputs');
    expect(readFileSync(input).equals(readFileSync(SEED))).toBe(true);
  });

  it('reports a folder that cannot be written to in one line, exit 2', async () => {
    const r = await runCli(['report', SEED, '-o', join(tmp, 'no', 'such', 'dir.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dir\.html:0:1 {2}error {2}Cannot write: .*unwritable\n$/);
  });
});

describe('the page data', () => {
  it('cannot close its <script> element, whatever a document says', () => {
    const el = jsonElement('x', { text: '</script><script>alert(1)</script><!--' });
    expect(el.slice(0, -'</script>\n'.length)).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(el.replace(/^<script[^>]*>/, '').replace(/<\/script>\n$/, ''))).toEqual({ text: '</script><script>alert(1)</script><!--' });
  });

  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, undefined, 'zh-CN'],
    [{ LC_ALL: '', LANG: 'zh_SG' }, undefined, 'zh-CN'],
    [{ LC_ALL: 'C', LANG: 'zh_CN' }, undefined, 'en'],
    [{ LANG: 'zh_CN' }, 'en', 'en'],
    [{}, 'zh-CN', 'zh-CN'],
    [{ LANG: 'zhx' }, undefined, 'en'],
  ])('pickLang(%j, %s) → %s', (env, flag, lang) => {
    expect(pickLang(env, flag)).toBe(lang);
  });
});

describe('the built CLI', () => {
  beforeAll(() => {
    if (!existsSync('dist/gzperf.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  });

  /** Every chunk the entry loads statically (not through import()), as text. */
  function staticGraph(entry: string): string[] {
    const seen = new Map<string, string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      const text = readFileSync(file, 'utf8');
      seen.set(file, text);
      for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'](\.\/[^"']+)["']/g)) visit(join(file, '..', m[1]!));
    };
    visit(entry);
    return [...seen.values()];
  }

  it('leaves the page renderer and the chart library off the parse path', () => {
    const graph = staticGraph('dist/gzperf.mjs');
    expect(graph.length).toBeGreaterThan(1);
    expect(graph.some((t) => t.includes('echarts.common.min.js'))).toBe(false);
    expect(graph.some((t) => t.includes('gz-summary'))).toBe(false);
  });

  it('writes the page from the bundle, the chart library read from node_modules', () => {
    const out = join(tmp, 'bundle.html');
    execFileSync(process.execPath, ['bin/gzperf.js', 'report', SEED, '-o', out], { stdio: 'pipe' });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Licensed to the Apache Software Foundation');
    expect(html).toContain('gz-summary');
  });
});
