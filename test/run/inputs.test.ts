// Issue 14, inputs bounded and failures in one line: the size limit is applied while reading (a device, an endless
// stream), and file-system errors read as short reasons, never Node's raw text.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readArg } from '../../src/run/inputs.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'gzperf-in-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LIMIT = 1000;
const TOO_LARGE = `larger than ${LIMIT / 1024 / 1024} MiB, the most gzperf reads from one input`;

describe('the size limit', () => {
  it('is documented as 128 MiB', () => {
    expect(MAX_INPUT_BYTES).toBe(128 * 1024 * 1024);
  });

  it('a file up to the limit is read whole; one byte more is refused without reading it', async () => {
    writeFileSync(join(tmp, 'at.txt'), 'a'.repeat(LIMIT));
    writeFileSync(join(tmp, 'over.txt'), 'a'.repeat(LIMIT + 1));
    expect(await readArg(join(tmp, 'at.txt'), undefined, LIMIT)).toEqual({ path: join(tmp, 'at.txt'), bytes: new Uint8Array(Buffer.alloc(LIMIT, 'a')) });
    expect(await readArg(join(tmp, 'over.txt'), undefined, LIMIT)).toEqual({ path: join(tmp, 'over.txt'), error: TOO_LARGE });
  });

  it('a device that never ends stops at the limit', async () => {
    expect(await readArg('/dev/zero', undefined, LIMIT)).toEqual({ path: '/dev/zero', error: TOO_LARGE });
  });

  it('an endless standard input stops at the limit, and is not read on', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(100, 'x'));
      },
    });
    expect(await readArg('-', endless, LIMIT)).toEqual({ path: '-', error: TOO_LARGE });
    const after = pulled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulled).toBe(after);
    expect(endless.destroyed).toBe(true);
  });
});

describe('file-system errors as one short line', () => {
  it.each([
    ['a symbolic-link loop', () => (symlinkSync(join(tmp, 'loop-b'), join(tmp, 'loop-a')), symlinkSync(join(tmp, 'loop-a'), join(tmp, 'loop-b')), join(tmp, 'loop-a')), 'too many symbolic links (a link loop?)'],
    ['a name too long', () => join(tmp, 'x'.repeat(300)), 'file name too long'],
    ['a file used as a folder', () => (writeFileSync(join(tmp, 'plain'), 'x'), join(tmp, 'plain', 'a.txt')), 'a part of the path is not a directory'],
  ])('%s', async (_name, make, reason) => {
    const path = make();
    const r = await runCli(['parse', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path}:0:1  error  Cannot read: ${reason}  unreadable\n`);
  });

  it('-o with a name too long: one line, exit 2', async () => {
    const target = join(tmp, 'y'.repeat(300) + '.json');
    const r = await runCli(['parse', 'seeds/000_94c012d1e06f7b6d.txt', '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${target}:0:1  error  Cannot write: file name too long  unwritable\n`);
  });
});
