// Issue 5, bad files through the CLI: each unreadable input is one line on stderr naming the path and
// the reason, the other inputs are still parsed and printed, and the exit status is 2; never a stack trace.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'seeds/000_94c012d1e06f7b6d.txt';
const SEED2 = 'seeds/003_1b846bb66b8a451a.txt';
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
// chmod 000 does not stop root, who reads every file: the case is skipped then, not faked.
const isRoot = process.getuid?.() === 0;
const locked = file('locked.txt', '绩效目标表\n');
chmodSync(locked, 0o000);
mkdirSync(join(tmp, 'folder'));

const BAD: ReadonlyArray<{ name: string; path: string; reason: string; skip?: boolean }> = [
  { name: 'a missing path', path: join(tmp, 'no-such-file.txt'), reason: 'no such file' },
  { name: 'a directory with nothing gzperf reads', path: join(tmp, 'folder'), reason: 'a directory with no file gzperf reads (.txt .md .markdown .html .htm .docx .doc .xlsx .xls .pdf)' },
  { name: 'an unreadable file (skipped as root)', path: locked, reason: 'permission denied', skip: isRoot },
  { name: 'NUL bytes', path: file('nul.txt', 'a\u0000b\u0000c'), reason: 'binary data (NUL bytes)' },
  { name: 'a PNG header', path: file('image.txt', PNG), reason: 'binary data (NUL bytes)' },
  { name: 'control characters', path: file('control.txt', Buffer.alloc(64, 0x01)), reason: 'binary data (control characters)' },
  { name: 'bytes no encoding decodes', path: file('undecodable.txt', Buffer.alloc(64, 0xff)), reason: 'not valid UTF-8, UTF-16 or GB18030' },
];

const docs = (stdout: string) => JSON.parse(stdout) as ParsedDocument[];
const STACK = /^\s+at |Error:|node:internal/m;

describe('one bad input among good ones', () => {
  for (const bad of BAD) {
    it.skipIf(bad.skip)(bad.name, async () => {
      const r = await runCli(['parse', SEED, bad.path, SEED2]);
      expect(r.stderr).toBe(`${bad.path}:0:1  error  Cannot read: ${bad.reason}  unreadable\n`);
      expect(docs(r.stdout).map((d) => d.source.path)).toEqual([SEED, SEED2]);
      expect(r.code).toBe(2);
    });
  }

  it('all of them at once: one line each, in order, and both documents', async () => {
    const bad = BAD.filter((b) => !b.skip);
    const r = await runCli(['parse', '-f', 'ndjson', SEED, ...bad.map((b) => b.path), SEED2]);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.split(':0:1')[0])).toEqual(bad.map((b) => b.path));
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.code).toBe(2);
  });
});

describe('empty input', () => {
  it.each([
    ['an empty file', ''],
    ['a byte-order mark only', '\uFEFF'],
    ['whitespace only', ' \t\r\n\u3000\n'],
  ])('%s gives a document with an empty-input diagnostic, exit 0', async (_name, text) => {
    const path = file(`empty-${text.length}.txt`, text);
    const r = await runCli(['parse', path]);
    const [doc] = docs(r.stdout);
    expect(doc?.source.path).toBe(path);
    expect(doc?.indicators).toEqual([]);
    expect(doc?.diagnostics).toContainEqual(expect.objectContaining({ code: 'empty-input', line: 0 }));
    expect([r.code, r.stderr]).toEqual([0, `${path}:0:1  warning  No indicator found in this document (it has no rows in CSV)  no-indicators\n`]);
  });
});

describe('-o FILE that cannot be written', () => {
  it.each([
    ['in a missing directory', '/nonexistent/dir/x.json', 'no such directory'],
    ['that is a directory', tmp, 'is a directory, expected a file'],
  ])('%s: one line on stderr, nothing on stdout, exit 2', async (_name, target, reason) => {
    const r = await runCli(['parse', '-o', target, SEED]);
    expect(r.stderr).toBe(`${target}:0:1  error  Cannot write: ${reason}  unwritable\n`);
    expect([r.stdout, r.code]).toEqual(['', 2]);
    // An unhandled stream error leaves main() waiting forever: fail fast instead.
  }, 10_000);
});
