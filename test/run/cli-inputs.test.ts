// Issue 15, the command line's inputs: directories read recursively for the known forms, --ignore and !GLOB,
// each file once by its real path, paths shown as the user gave them.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandArgs } from '../../src/run/expand.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'gzperf-dirs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seed = readFileSync('seeds/000_94c012d1e06f7b6d.txt');
const put = (rel: string, bytes: Uint8Array | string = seed): string => {
  const path = join(tmp, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  return path;
};
put('reports/b.txt');
put('reports/2024/a.md');
put('reports/2024/Z.HTML', '<p>x</p>');
put('reports/draft-1.txt');
put('reports/notes', 'no extension');
put('reports/.hidden/c.txt');
put('reports/run.sh', 'echo');
const docPaths = (stdout: string) => (JSON.parse(stdout) as { source: { path: string } }[]).map((d) => d.source.path);

describe('directories', () => {
  it('are read recursively for the known forms, sorted, hidden folders and unknown names left out', async () => {
    const dir = join(tmp, 'reports');
    expect(await expandArgs([dir])).toEqual(['2024/Z.HTML', '2024/a.md', 'b.txt', 'draft-1.txt'].map((p) => `${dir}/${p}`));
  });

  it('keep the spelling given: relative stays relative, a trailing slash is not doubled', async () => {
    const rel = relative(process.cwd(), join(tmp, 'reports'));
    expect(await expandArgs([`${rel}/`])).toContain(`${rel}/b.txt`);
    expect(await expandArgs([rel])).toContain(`${rel}/2024/a.md`);
  });

  it('a file without an extension is read when it is named', async () => {
    expect(await expandArgs([join(tmp, 'reports/notes')])).toEqual([join(tmp, 'reports/notes')]);
  });

  it('parse on a directory reads every document in it', async () => {
    const r = await runCli(['parse', '-f', 'json', join(tmp, 'reports', '2024')]);
    expect(docPaths(r.stdout)).toEqual([join(tmp, 'reports/2024/Z.HTML'), join(tmp, 'reports/2024/a.md')]);
  });
});

describe('--ignore and !GLOB', () => {
  const dir = join(tmp, 'reports');
  it('--ignore leaves out what the glob matches, at any depth for a name without a slash', async () => {
    expect(await expandArgs([dir], ['draft*', '*.md'])).toEqual([`${dir}/2024/Z.HTML`, `${dir}/b.txt`]);
  });

  it('!GLOB as an argument does the same, also for files the shell expanded', async () => {
    expect(await expandArgs([`${dir}/b.txt`, `${dir}/draft-1.txt`, '!**/draft*'])).toEqual([`${dir}/b.txt`]);
    expect(await expandArgs([`${dir}/*.txt`, '!**/b.txt'])).toEqual([`${dir}/draft-1.txt`]);
  });

  it('through the command line', async () => {
    const r = await runCli(['parse', '-f', 'json', dir, '--ignore', '**/2024/**', '!**/draft*']);
    expect(docPaths(r.stdout)).toEqual([`${dir}/b.txt`]);
  });

  it('a missing file is still reported, not silently ignored', async () => {
    expect(await expandArgs(['no/such.txt'], ['*.md'])).toEqual(['no/such.txt']);
  });
});

describe('each file once', () => {
  it('a file given twice, by another spelling or through a link, is read once, as first given', async () => {
    const b = join(tmp, 'reports/b.txt');
    symlinkSync(b, join(tmp, 'link.txt'));
    const rel = relative(process.cwd(), b);
    expect(await expandArgs([rel, b, join(tmp, 'link.txt'), `./${rel}`, rel])).toEqual([rel]);
    const r = await runCli(['validate', '-f', 'json', rel, join(tmp, 'link.txt')]);
    expect((JSON.parse(r.stdout) as { path: string }[]).map((f) => f.path)).toEqual([rel]);
  });

  it('an absolute glob gives absolute paths', async () => {
    expect(await expandArgs([`${tmp}/reports/*.txt`])).toEqual([`${tmp}/reports/b.txt`, `${tmp}/reports/draft-1.txt`]);
  });
});
