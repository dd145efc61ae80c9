// An output that cannot be written (a full disk) is one message and exit 2, never a stack trace.
// /dev/full fails every write with ENOSPC, which is how a full disk looks to gzperf.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'seeds/003_1b846bb66b8a451a.txt';
const FULL = '/dev/full';
const haveFull = existsSync(FULL);

beforeAll(() => {
  if (!existsSync('dist/gzperf.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}, 120_000);

describe.skipIf(!haveFull)('writing to a full disk', () => {
  it.each(['json', 'ndjson', 'csv', 'table'])('parse -f %s -o /dev/full: one message naming the file, exit 2', async (format) => {
    const r = await runCli(['parse', '-f', format, '-o', FULL, SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${FULL}:0:1  error  Cannot write: no space left on device  unwritable\n`);
  });

  it.each([
    ['parse', SEED],
    ['parse', '-f', 'ndjson', SEED],
    ['validate', '-f', 'json', SEED],
  ])('gzperf %s > /dev/full: one line on stderr, exit 2', (...args) => {
    const fd = openSync(FULL, 'w');
    try {
      const r = spawnSync(process.execPath, ['bin/gzperf.js', ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^gzperf: cannot write the output: .*no space left on device.*\n$/);
    } finally {
      closeSync(fd);
    }
  });
});
