import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, keepEnd } from '../../src/run/progress.js';

function terminal(isTTY: boolean, columns = 80) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns });
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

/** A clock the test moves by hand. */
function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createProgress', () => {
  it('writes nothing when stderr is not a terminal, however long the batch', async () => {
    const t = terminal(false);
    const c = clock();
    const progress = createProgress(t.stream, 1000, { now: c.now });
    for (let i = 1; i <= 1000; i++) {
      c.advance(10);
      progress.update(i, `f${i}.txt`);
    }
    progress.clear();
    await flush();
    expect(t.text()).toBe('');
  });

  it('draws one updating line for a batch of more than 20 inputs, and clears it', async () => {
    const t = terminal(true);
    const c = clock();
    const progress = createProgress(t.stream, 25, { now: c.now });
    progress.update(1, 'seeds/a.txt');
    c.advance(150);
    progress.update(2, 'seeds/b.txt');
    progress.clear();
    await flush();
    expect(t.text()).toBe('\r[1/25] seeds/a.txt\x1b[K\r[2/25] seeds/b.txt\x1b[K\r\x1b[K');
  });

  it('redraws at most once per interval', async () => {
    const t = terminal(true);
    const c = clock();
    const progress = createProgress(t.stream, 100, { now: c.now, intervalMs: 100 });
    for (let i = 1; i <= 10; i++) {
      progress.update(i, `f${i}`);
      c.advance(30);
    }
    await flush();
    expect(t.text().match(/\[\d+\/100\]/g)).toEqual(['[1/100]', '[5/100]', '[9/100]']);
  });

  it('stays quiet for a short batch until it has run for 2 s', async () => {
    const t = terminal(true);
    const c = clock();
    const progress = createProgress(t.stream, 5, { now: c.now });
    progress.update(1, 'a');
    progress.clear();
    c.advance(1999);
    progress.update(2, 'b');
    await flush();
    expect(t.text()).toBe('');
    c.advance(1);
    progress.update(3, 'c');
    await flush();
    expect(t.text()).toBe('\r[3/5] c\x1b[K');
  });

  it('fits the line to the terminal width, keeping the file name', async () => {
    const t = terminal(true, 30);
    const progress = createProgress(t.stream, 25);
    progress.update(7, 'reports/2024/广州市工业和信息化局/000.txt');
    await flush();
    const line = t.text().replace(/^\r/, '').replace(/\x1b\[K$/, '');
    expect(line).toBe('[7/25] …业和信息化局/000.txt');
  });
});

describe('keepEnd', () => {
  it.each([
    ['short enough', 'a/b.txt', 10, 'a/b.txt'],
    ['ASCII cut at the start', 'abcdefghij', 5, '…ghij'],
    ['wide characters count twice', '工业和信息化局', 7, '…息化局'],
    ['no room at all', 'abc', 0, '…'],
  ])('%s', (_name, text, width, expected) => {
    expect(keepEnd(text, width)).toBe(expected);
  });
});
