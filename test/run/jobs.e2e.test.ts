// `parse --jobs` through the built CLI: worker threads only exist in dist/, not in the TypeScript sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SEEDS = [
  'seeds/000_94c012d1e06f7b6d.txt',
  'seeds/001_98a5634400e74046.txt',
  'seeds/002_203a48228822a7e9.txt',
  'seeds/003_1b846bb66b8a451a.txt',
  'seeds/004_c58b0c46542c9df7.txt',
];
// Twelve inputs with an unreadable one in the middle: enough for the pool to reorder results. Copies, since a
// file named twice is read once.
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-jobs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const copy = (seed: string, i: number): string => {
  const path = join(tmp, `${i}.txt`);
  writeFileSync(path, readFileSync(seed));
  return path;
};
const BATCH = [...SEEDS, 'no/such.txt', ...SEEDS.slice().reverse().map(copy), copy(SEEDS[2]!, 9)];

function gzperf(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['bin/gzperf.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync('dist/gzperf.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}, 120_000);

describe('gzperf parse --jobs (built CLI)', () => {
  it.each([['ndjson'], ['json'], ['csv']])('prints the same bytes, messages and exit code with 2 threads as with 1 (%s)', (format) => {
    const one = gzperf(['parse', '-f', format, '--jobs', '1', ...BATCH]);
    const two = gzperf(['parse', '-f', format, '--jobs', '2', ...BATCH]);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('no/such.txt:0:1  error  Cannot read: no such file  unreadable\n');
    expect(two).toEqual(one);
  });

  it('starts worker threads for --jobs 2', () => {
    const r = gzperf(['parse', '-f', 'ndjson', '--jobs', '2', ...BATCH], { NODE_DEBUG: 'worker' });
    expect(r.stderr).toContain('gzperf-worker.mjs');
    expect(r.stdout.trim().split('\n')).toHaveLength(BATCH.length - 1);
  });

  it('stays in one thread for a small batch when --jobs is not given', () => {
    const r = gzperf(['parse', '-f', 'ndjson', ...BATCH], { NODE_DEBUG: 'worker' });
    expect(r.stderr).not.toContain('gzperf-worker.mjs');
    expect(r.stdout.trim().split('\n')).toHaveLength(BATCH.length - 1);
  });
});
