import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const SEEDS = [
  'seeds/000_94c012d1e06f7b6d.txt',
  'seeds/001_98a5634400e74046.txt',
  'seeds/002_203a48228822a7e9.txt',
  'seeds/003_1b846bb66b8a451a.txt',
  'seeds/004_c58b0c46542c9df7.txt',
];

async function run(argv: string[], tty: { stdout?: boolean; stderr?: boolean } = {}, stdinText = '') {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty.stdout ?? false });
  const stderr = Object.assign(new PassThrough(), { isTTY: tty.stderr ?? false, columns: 200 });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const code = await main({ argv, stdout, stderr, stdin, env: {} });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const paths = (ndjson: string) => ndjson.trim().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { source: { path: string } }).source.path);

describe('gzperf parse: order and errors', () => {
  it('prints documents in input order and reports an unreadable file at its place, exit 2', async () => {
    const r = await run(['parse', '-f', 'ndjson', SEEDS[2]!, 'no/such.txt', SEEDS[0]!]);
    expect(r.code).toBe(2);
    expect(paths(r.stdout)).toEqual([SEEDS[2], SEEDS[0]]);
    expect(r.stderr).toBe('no/such.txt:0:1  error  Cannot read: no such file  unreadable\n');
  });

  it('says on stderr when a document yields no indicator, and still prints it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzperf-empty-'));
    const path = join(dir, 'prose.txt');
    writeFileSync(path, '某县工作总结\n今年完成各项任务。\n');
    const r = await run(['parse', '-f', 'ndjson', path, SEEDS[0]!]);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual([path, SEEDS[0]]);
    expect(r.stderr).toBe(`${path}:0:1  warning  No indicator found; nothing in it reads as a table or report  no-indicators\n`);
  });

  it('keeps the JSON array well-formed around an unreadable file', async () => {
    const r = await run(['parse', 'no/such.txt', SEEDS[1]!, 'seeds']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect(r.stderr).toContain('seeds:0:1  error  Cannot read: is a directory, expected a file  unreadable');
  });

  it('expands a quoted glob in sorted order and reports one that matches nothing', async () => {
    const r = await run(['parse', '-f', 'ndjson', 'seeds/00[2-4]_*.txt', 'nothing/*.txt', 'seeds/000_*.txt']);
    expect(paths(r.stdout)).toEqual([SEEDS[2], SEEDS[3], SEEDS[4], SEEDS[0]]);
    expect(r.stderr).toBe('nothing/*.txt:0:1  error  Cannot read: no file matches this pattern  unreadable\n');
    expect(r.code).toBe(2);
  });

  it('reads standard input for - at its place among files', async () => {
    const r = await run(['parse', '-f', 'ndjson', SEEDS[0]!, '-'], {}, '标题\n');
    expect(paths(r.stdout)).toEqual([SEEDS[0], '-']);
    expect(r.code).toBe(0);
  });

  it('writes a large batch to -o FILE completely', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gzperf-')), 'out.ndjson');
    const inputs = Array.from({ length: 60 }, (_, i) => SEEDS[i % 5]!);
    const r = await run(['parse', '-f', 'ndjson', '-o', file, ...inputs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(paths(readFileSync(file, 'utf8'))).toEqual(inputs);
  });

  it.each([['0'], ['-1'], ['1.5'], ['many']])('rejects --jobs %s as bad usage', async (jobs) => {
    const r = await run(['parse', '--jobs', jobs, SEEDS[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Unexpected --jobs ${jobs}`);
  });
});

describe('gzperf parse: progress', () => {
  const batch = Array.from({ length: 25 }, (_, i) => SEEDS[i % 5]!);

  it('shows [n/total] on a terminal stderr for a long batch and clears it at the end', async () => {
    const r = await run(['parse', '-f', 'ndjson', ...batch], { stderr: true });
    expect(r.stderr).toMatch(/^\r\[1\/25\] seeds\/000_94c012d1e06f7b6d\.txt\x1b\[K/);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(paths(r.stdout)).toEqual(batch);
  });

  it('clears the progress line before an error message', async () => {
    const r = await run(['parse', '-f', 'ndjson', ...batch, 'no/such.txt'], { stderr: true });
    expect(r.stderr).toContain('\r\x1b[Kno/such.txt:0:1  error  Cannot read: no such file  unreadable\n');
  });

  it.each([
    ['stderr is not a terminal', { stderr: false }],
    ['the data goes to the same terminal', { stderr: true, stdout: true }],
  ])('shows nothing when %s', async (_name, tty) => {
    const r = await run(['parse', '-f', 'ndjson', ...batch], tty);
    expect(r.stderr).toBe('');
  });
});
