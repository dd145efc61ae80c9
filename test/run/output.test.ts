// Issue 14, -o FILE never destroys data: an input is refused as the output, a glob skips it, nothing read
// leaves it as it was, `-o -` is stdout, a value that looks like an option is not a file name.
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'seeds/000_94c012d1e06f7b6d.txt';
const SEED2 = 'seeds/003_1b846bb66b8a451a.txt';
const OLD = '[\n  {"an": "earlier good result"}\n]\n';
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let made = 0;
/** A fresh folder holding a copy of each seed given, and an earlier result `out.json`. */
function folder(...seeds: string[]): { dir: string; out: string; inputs: string[] } {
  const dir = join(tmp, String(made++));
  mkdirSync(dir);
  const inputs = seeds.map((seed, i) => {
    const path = join(dir, `in${i}.txt`);
    copyFileSync(seed, path);
    return path;
  });
  const out = join(dir, 'out.json');
  writeFileSync(out, OLD);
  return { dir, out, inputs };
}

const paths = (json: string) => (JSON.parse(json) as { source: { path: string } }[]).map((d) => d.source.path);

describe('-o naming an input', () => {
  it('is refused before anything is read or written: the input stays whole, exit 2', async () => {
    const { inputs } = folder(SEED);
    const before = readFileSync(inputs[0]!);
    const r = await runCli(['parse', inputs[0]!, '-o', inputs[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${inputs[0]}:0:1  error  Cannot write the output over an input; choose another -o file  output-is-input\n`);
    expect(readFileSync(inputs[0]!)).toEqual(before);
  });

  it.each([
    ['a relative path', (dir: string) => relative(process.cwd(), join(dir, 'in0.txt'))],
    ['a symbolic link to it', (dir: string) => (symlinkSync(join(dir, 'in0.txt'), join(dir, 'link.txt')), join(dir, 'link.txt'))],
  ])('is recognised when -o names it through %s', async (_name, spell) => {
    const { dir, inputs } = folder(SEED);
    const r = await runCli(['parse', inputs[0]!, '-o', spell(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output-is-input');
    expect(readFileSync(inputs[0]!)).toEqual(readFileSync(SEED));
  });

  it('matched by a glob is skipped with a warning; the others are written to it', async () => {
    const { dir, out, inputs } = folder(SEED, SEED2);
    const r = await runCli(['parse', join(dir, '*'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${out}:0:1  warning  Skipped: it is the output file (-o) of this run  output-skipped\n`);
    expect(paths(readFileSync(out, 'utf8'))).toEqual(inputs);
  });
});

describe('-o keeps the old file when the run has nothing to give', () => {
  it('a glob typo matching nothing leaves the earlier result as it was, exit 2', async () => {
    const { dir, out } = folder(SEED);
    const r = await runCli(['parse', join(dir, 'typo*.txt'), '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    expect(r.stderr).toContain('no file matches this pattern');
    expect(r.stderr).toContain(`${out}:0:1  warning  Left unchanged: no input could be read  output-kept`);
  });

  it('only unreadable inputs: the same', async () => {
    const { dir, out } = folder();
    const r = await runCli(['parse', join(dir, 'missing.txt'), dir, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
  });

  it('a glob matching only the output itself: nothing to read, exit 2', async () => {
    const { dir, out } = folder();
    const r = await runCli(['parse', join(dir, '*.json'), '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
  });
});

describe('-o FILE written through a temporary file', () => {
  it('replaces the old file with the whole result and leaves nothing else in the folder', async () => {
    const { dir, out, inputs } = folder(SEED, SEED2);
    const r = await runCli(['parse', ...inputs, '-o', out]);
    expect(r.code).toBe(0);
    expect(paths(readFileSync(out, 'utf8'))).toEqual(inputs);
    expect(readdirSync(dir).sort()).toEqual(['in0.txt', 'in1.txt', 'out.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const { out, inputs } = folder(SEED);
    chmodSync(out, 0o640);
    await runCli(['parse', ...inputs, '-o', out]);
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it('a new file appears only at the end of a run that read something', async () => {
    const { dir, inputs } = folder(SEED);
    const fresh = join(dir, 'fresh.ndjson');
    const r = await runCli(['parse', '-f', 'ndjson', ...inputs, join(dir, 'nope.txt'), '-o', fresh]);
    expect(r.code).toBe(2);
    expect(readFileSync(fresh, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

describe('-o values', () => {
  it('-o - is standard output, no file named -', async () => {
    const { dir } = folder();
    const r = await runCli(['parse', '-f', 'ndjson', SEED, '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{"schemaVersion":1,/);
    expect(existsSync('-')).toBe(false);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it.each([['-f'], ['--format'], ['-j']])('-o %s (a forgotten file name) is bad usage and writes no file', async (value) => {
    const r = await runCli(['parse', SEED, '-o', value, 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Unexpected -o ${value}, expected a file name`);
    expect(existsSync(value)).toBe(false);
  });
});

describe('-o through a symbolic link', () => {
  it('replaces the file the link points to; the link stays a link', async () => {
    const { dir, out, inputs } = folder(SEED);
    const link = join(dir, 'latest.json');
    symlinkSync(out, link);
    const r = await runCli(['parse', ...inputs, '-o', link]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(paths(readFileSync(out, 'utf8'))).toEqual(inputs);
  });
});
