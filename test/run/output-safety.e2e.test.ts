// Issue 14 through the built CLI in its own process: a batch stopped by a real signal, a disk that fills up,
// two runs writing the same -o, and inputs that never end — the old output stays whole byte for byte.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`);
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-safe-'));
// An earlier result the user wants to keep: any bytes will do, they must come back unchanged.
const OLD = Buffer.from('[\n  {"kept": "一份旧结果"}\n]\n', 'utf8');

beforeAll(() => {
  if (!existsSync('dist/gzperf.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let made = 0;
function dirWithOld(): { dir: string; out: string } {
  const dir = join(tmp, String(made++));
  mkdirSync(dir);
  const out = join(dir, 'out.json');
  writeFileSync(out, OLD);
  return { dir, out };
}

// Copies, not the same names again: a file named twice is read once.
const copyDir = join(tmp, 'copies');
function batch(copies: number): string[] {
  mkdirSync(copyDir, { recursive: true });
  return Array.from({ length: copies }, (_, i) =>
    SEEDS.map((seed, j) => {
      const path = join(copyDir, `${i}-${j}.txt`);
      if (!existsSync(path)) writeFileSync(path, readFileSync(seed));
      return path;
    }),
  ).flat();
}

function gzperf(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['bin/gzperf.js', ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Resolves once `dir` holds a temporary output with bytes in it: the run is under way. */
async function writingStarted(dir: string, child: { exitCode: number | null }): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const tmpFile = readdirSync(dir).find((f) => f.endsWith('.tmp'));
    if (tmpFile && statSync(join(dir, tmpFile)).size > 0) return;
    if (child.exitCode !== null) throw new Error('the run ended before it could be interrupted');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no temporary output appeared');
}

describe('a batch interrupted by a signal', () => {
  it.each([['SIGINT'], ['SIGTERM'], ['SIGHUP']] as const)('%s mid-run: the old -o file is byte for byte as it was, no temporary file is left', async (signal) => {
    const { dir, out } = dirWithOld();
    const child = spawn(process.execPath, ['bin/gzperf.js', 'parse', '-j', '1', '-o', out, ...batch(400)], { stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    await writingStarted(dir, child);
    child.kill(signal);
    const end = await ended;
    expect(end.signal).toBe(signal); // stopped by the signal, as a shell expects (status 128 + n)
    expect(readFileSync(out)).toEqual(OLD);
    expect(readdirSync(dir)).toEqual(['out.json']);
  }, 60_000);

  it('the same batch not interrupted replaces the file with the whole result', () => {
    const { dir, out } = dirWithOld();
    const r = gzperf(['parse', '-f', 'ndjson', '-o', out, ...batch(20)]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(20 * SEEDS.length);
    expect(readdirSync(dir)).toEqual(['out.json']);
  }, 60_000);
});

describe('two runs writing the same -o at once', () => {
  it('leave one whole result, never an interleaving of both', async () => {
    const { dir, out } = dirWithOld();
    const run = (format: string) =>
      new Promise<number | null>((resolve) => spawn(process.execPath, ['bin/gzperf.js', 'parse', '-f', format, '-o', out, ...batch(30)], { stdio: 'ignore' }).on('exit', resolve));
    expect(await Promise.all([run('json'), run('ndjson')])).toEqual([0, 0]);
    const text = readFileSync(out, 'utf8');
    const docs = text.startsWith('[') ? (JSON.parse(text) as unknown[]) : text.trim().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(docs).toHaveLength(30 * SEEDS.length);
    expect(readdirSync(dir)).toEqual(['out.json']);
  }, 60_000);
});

// A small tmpfs fills up as a real disk does; mounting one needs root (CI runs as root on this kind of machine).
function mountSmallDisk(dir: string): string | null {
  if (process.platform !== 'linux') return 'not Linux: no tmpfs';
  if (process.getuid?.() !== 0) return 'not root: cannot mount a tmpfs';
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? null : `mount not permitted here: ${(r.stderr || r.error?.message || '').trim()}`;
}

describe('a disk that fills up during the run', () => {
  const disk = join(tmp, 'disk');
  mkdirSync(disk, { recursive: true });
  const skipped = mountSmallDisk(disk);
  afterAll(() => {
    if (!skipped) spawnSync('umount', [disk]);
  });

  it.skipIf(skipped !== null)(`keeps the old file whole, removes the partial one, one message, exit 2${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
    const out = join(disk, 'out.json');
    writeFileSync(out, OLD);
    const r = gzperf(['parse', '-o', out, ...batch(4)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out}:0:1  error  Cannot write: no space left on device  unwritable\n`);
    expect(readFileSync(out)).toEqual(OLD);
    expect(readdirSync(disk)).toEqual(['out.json']);
  }, 60_000);
});

describe('inputs that never end', () => {
  it.skipIf(!existsSync('/dev/zero'))('/dev/zero: one line naming it and the limit, exit 2, the other inputs still parsed', () => {
    const r = gzperf(['parse', '-f', 'ndjson', '/dev/zero', SEEDS[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('/dev/zero:0:1  error  Cannot read: larger than 128 MiB, the most gzperf reads from one input  unreadable\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('endless standard input: the same for -', async () => {
    const child = spawn(process.execPath, ['bin/gzperf.js', 'parse', '-f', 'ndjson'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdin.on('error', () => {}); // the reader stops reading; the writer's EPIPE is expected
    const chunk = Buffer.alloc(1 << 20, 'a');
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(chunk));
      if (child.stdin.writable) child.stdin.once('drain', feed);
    };
    feed();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin.destroy();
    expect(code).toBe(2);
    expect(stderr).toBe('-:0:1  error  Cannot read: larger than 128 MiB, the most gzperf reads from one input  unreadable\n');
  }, 60_000);
});
