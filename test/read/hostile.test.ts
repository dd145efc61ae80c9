// Linear time on hostile input. Each case first compares the time for inputs of n and 4n characters
// (linear code takes ~4×, quadratic ~16×; a quarter-second allowance absorbs timer noise), so a
// quadratic scan fails in a few seconds instead of hanging; then it runs at full size.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { decodeBytes, UnreadableError } from '../../src/read/decode.js';
import { cellText, hasHtml } from '../../src/read/html.js';
import { cleanText, splitLines } from '../../src/read/lines.js';
import { encodeGb18030 } from './gb18030.js';
import { SEEDS } from './seeds.js';

const TIMEOUT = 30_000;
const MB = 1 << 20;
const SMALL = 16 * 1024;

/** Repeats `unit` until the result is at least `size` characters long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

/** The whole read layer over one text: decode, clean, split, every cell, the HTML check. */
function readAll(text: string): void {
  const decoded = decodeBytes(Buffer.from(text, 'utf8'));
  expect(decoded.text).toBe(text);
  const lines = splitLines(cleanText(decoded.text));
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) for (const cell of line.split('\t')) cellText(cell);
  hasHtml(text);
}

/** Fastest of three runs, in seconds. */
function secondsFor(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    readAll(text);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

const HOSTILE: ReadonlyArray<[string, (size: number) => string, number]> = [
  ['a 1 MB line of 1, after ≥', (n) => `≥${fill('1,', n)}家`, MB],
  ['50,000 （', (n) => fill('（', n), 50_000],
  ['20,000 <p>', (n) => fill('<p>', n), 60_000],
  ['<p> without end', (n) => fill('<p>', n), 2 * MB],
  ['unclosed <p', (n) => fill('<p', n), 2 * MB],
  ['<br followed by spaces', (n) => `<br${fill(' ', n)}x`, 2 * MB],
  ['unclosed quoted attributes', (n) => fill('<p class="', n), 2 * MB],
  ['quotes after =', (n) => `<p ${fill('a="b" ', n)}`, 2 * MB],
  ['unclosed comments', (n) => fill('<!--', n), 2 * MB],
  ['<! without end', (n) => fill('<!', n), 2 * MB],
  ['a long tag name', (n) => `<${fill('a', n)}`, 2 * MB],
  ['a long checkbox', (n) => `<input type=checkbox ${fill('checked ', n)}>`, 2 * MB],
  ['&# without end', (n) => fill('&#', n), 2 * MB],
  ['a long numeric reference', (n) => `&#${fill('9', n)};`, 2 * MB],
  ['a long reference with leading zeros', (n) => `&#${fill('0', n)}60;`, 2 * MB],
  ['a long named reference', (n) => `&${fill('a', n)};`, 2 * MB],
  ['&gt; without end', (n) => fill('&gt;', n), 2 * MB],
  ['thousands of tabs', (n) => fill('\t', n), 2 * MB],
  ['line ends', (n) => fill('\r\n\r\n\n', n), 2 * MB],
  ['zero-width and wide spaces', (n) => fill('\u200B\u3000\u00A0a', n), 2 * MB],
  ['≥90%< repeated', (n) => fill('≥90%<', n), 2 * MB],
];

describe('the read layer on hostile input', () => {
  it.each(HOSTILE)('%s', (_, make, size) => {
    readAll(make(SMALL));
    const small = secondsFor(make(SMALL));
    const large = secondsFor(make(4 * SMALL));
    expect(large, `n: ${small}s, 4n: ${large}s`).toBeLessThan(8 * small + 0.25);
    readAll(make(size));
  }, TIMEOUT);

  it('reads a 5 MB document in every encoding', () => {
    const unit = SEEDS.map((s) => s.text).join('\n');
    const text = fill(`${unit}\n`, 5 * MB);
    const gbUnit = encodeGb18030(`${unit}\n`);
    const copies = Math.ceil(text.length / (unit.length + 1));
    const gb = Buffer.concat(Array.from({ length: copies }, () => gbUnit));
    expect(decodeBytes(Buffer.from(text, 'utf8')).text).toBe(text);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
    expect(decodeBytes(gb).encoding).toBe('gb18030');
    const lines = splitLines(cleanText(text));
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) for (const cell of line.split('\t')) cellText(cell);
  }, TIMEOUT);

  it.each([
    ['5 MB of invalid bytes', Buffer.alloc(5 * MB, 0xff)],
    ['5 MB of UTF-8 lead bytes before spaces', Buffer.from(fill('\xe4 ', 5 * MB), 'latin1')],
    ['5 MB of control characters', Buffer.alloc(5 * MB, 0x01)],
  ])('rejects %s quickly', (_, bytes) => {
    expect(() => decodeBytes(bytes)).toThrow(UnreadableError);
  }, TIMEOUT);

  it('reads 5 MB of UTF-8 lead bytes, which are valid GB18030 pairs, quickly', () => {
    expect(decodeBytes(Buffer.alloc(5 * MB, 0xe4)).encoding).toBe('gb18030');
  }, TIMEOUT);
});
