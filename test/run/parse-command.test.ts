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

// Distinct files with the seeds' content: a file named twice is read once, so a batch needs copies.
const copyDir = mkdtempSync(join(tmpdir(), 'gzperf-batch-'));
function copies(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const path = join(copyDir, `${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, readFileSync(SEEDS[i % 5]!));
    return path;
  });
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
    expect(r.stderr).toBe(`${path}:0:1  warning  No indicator found in this document (it has no rows in CSV)  no-indicators\n`);
  });

  it('keeps the JSON array well-formed around an unreadable file', async () => {
    const r = await run(['parse', 'no/such.txt', SEEDS[1]!, '/dev/null/x']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect(r.stderr).toContain('/dev/null/x:0:1  error  Cannot read: a part of the path is not a directory  unreadable');
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
    const inputs = copies(60);
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
  const batch = copies(25);

  it('shows [n/total] on a terminal stderr for a long batch and clears it at the end', async () => {
    const r = await run(['parse', '-f', 'ndjson', ...batch], { stderr: true });
    expect(r.stderr.startsWith(`\r[1/25] ${batch[0]!}\x1b[K`)).toBe(true);
    expect(r.stderr.endsWith('\r\x1b[K25 documents, 0 with no indicators, 5 warnings\n')).toBe(true);
    expect(paths(r.stdout)).toEqual(batch);
  });

  it('clears the progress line before an error message', async () => {
    const r = await run(['parse', '-f', 'ndjson', ...batch, 'no/such.txt'], { stderr: true });
    expect(r.stderr).toContain('\r\x1b[Kno/such.txt:0:1  error  Cannot read: no such file  unreadable\n');
  });

  it('shows nothing when stderr is not a terminal', async () => {
    const r = await run(['parse', '-f', 'ndjson', ...batch], { stderr: false });
    expect(r.stderr).toBe('');
  });

  it('shows no progress, only the summary, when the data goes to the same terminal', async () => {
    const r = await run(['parse', '-f', 'ndjson', ...batch], { stderr: true, stdout: true });
    expect(r.stderr).toBe('25 documents, 0 with no indicators, 5 warnings\n');
  });
});

describe('gzperf parse: issue 14, nothing silent and no runaway threads', () => {
  it('--jobs is capped at the number of cores (and at the number of inputs)', async () => {
    const { chooseJobs } = await import('../../src/run/engine.js');
    const { availableParallelism } = await import('node:os');
    const many = Array.from({ length: 500 }, (_, i) => SEEDS[i % 5]!);
    expect(await chooseJobs(many, 1000)).toBe(Math.min(availableParallelism(), 500));
    expect(await chooseJobs(SEEDS.slice(0, 1), 1000)).toBe(1);
  });

  it('-j 1000 is accepted and gives the same output as -j 1', async () => {
    const a = await run(['parse', '-f', 'ndjson', '-j', '1000', ...SEEDS]);
    const b = await run(['parse', '-f', 'ndjson', '-j', '1', ...SEEDS]);
    expect(a).toEqual(b);
  });

  it('names each document with no indicator on stderr, in CSV too', async () => {
    const r = await run(['parse', '-f', 'csv', SEEDS[0]!, '-'], {}, '一份没有表格的说明。\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('-:0:1  warning  No indicator found in this document (it has no rows in CSV)  no-indicators\n');
  });

  it('ends with one summary line on a terminal, unreadable inputs and errors counted', async () => {
    const r = await run(['parse', '-f', 'ndjson', SEEDS[0]!, 'no/such.txt', '-'], { stderr: true }, '说明\n');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('2 documents, 1 with no indicators, 0 warnings, 1 unreadable');
  });
});
