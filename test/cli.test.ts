import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

export async function runCli(argv: string[], stdinText?: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const stdin = new PassThrough();
  stdin.end(stdinText ?? '');
  const code = await main({ argv, stdout, stderr, stdin, env: {} });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('gzperf cli', () => {
  it.each([
    ['--help', ['--help'], 0, /Usage: gzperf/],
    ['--version', ['--version'], 0, /^\d+\.\d+\.\d+/],
    ['unknown command', ['frobnicate'], 2, /^$/],
    ['unknown format', ['parse', '-f', 'xml', 'seeds/000_94c012d1e06f7b6d.txt'], 2, /^$/],
  ])('%s', async (_name, argv, code, stdout) => {
    const r = await runCli(argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(stdout);
  });

  it('parse of a missing file reports it on stderr and exits 2, still printing valid JSON', async () => {
    const r = await runCli(['parse', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
