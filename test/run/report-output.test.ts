// The page's file output: whole or not at all, an existing file untouched until the new one is complete.
//   fileSink('r.html'): write, write, abort → r.html as it was, no temporary file left
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fileSink } from '../../src/run/report-output.js';

const tmp = mkdtempSync(join(tmpdir(), 'gzperf-report-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('replaces the file only when the page is complete, and counts the bytes', async () => {
  const path = join(tmp, 'page.html');
  writeFileSync(path, 'old page');
  const sink = await fileSink(path);
  await sink.write('<p>新</p>');
  expect(readFileSync(path, 'utf8')).toBe('old page');
  await sink.write('x'.repeat(100_000));
  expect(await sink.close()).toBe(Buffer.byteLength('<p>新</p>') + 100_000);
  expect(readFileSync(path, 'utf8')).toBe('<p>新</p>' + 'x'.repeat(100_000));
  expect(readdirSync(tmp)).toEqual(['page.html']);
});

it('leaves an existing file as it was, and no temporary file, when the run gives up', async () => {
  const path = join(tmp, 'kept.html');
  writeFileSync(path, 'old page');
  const sink = await fileSink(path);
  await sink.write('half a page');
  await sink.abort();
  expect(readFileSync(path, 'utf8')).toBe('old page');
  expect(readdirSync(tmp).filter((f) => f.includes('kept'))).toEqual(['kept.html']);
});

it('fails at once, rather than waits, when the folder does not exist', async () => {
  await expect(fileSink(join(tmp, 'missing', 'page.html'))).rejects.toThrow(/no such (file or )?directory/i);
});
