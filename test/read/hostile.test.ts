// Linear time on hostile input: each case is megabytes long, so anything quadratic would run for
// minutes to hours and hit the per-test timeout, while linear code finishes in milliseconds.
import { describe, expect, it } from 'vitest';
import { decodeBytes, UnreadableError } from '../../src/read/decode.js';
import { cellText, hasHtml } from '../../src/read/html.js';
import { cleanText, splitLines } from '../../src/read/lines.js';
import { encodeGb18030 } from './gb18030.js';
import { SEEDS } from './seeds.js';

const TIMEOUT = 20_000;
const MB = 1 << 20;

/** Repeats `unit` until the result is at least `size` characters long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const HOSTILE: ReadonlyArray<[string, string]> = [
  ['a 1 MB line of 1, after ≥', `≥${fill('1,', MB)}家`],
  ['50,000 （', fill('（', 50_000)],
  ['2 MB of （', fill('（', 2 * MB)],
  ['20,000 <p>', fill('<p>', 60_000)],
  ['2 MB of <p>', fill('<p>', 2 * MB)],
  ['2 MB of unclosed <p', fill('<p', 2 * MB)],
  ['2 MB of <br followed by spaces', `<br${fill(' ', 2 * MB)}x`],
  ['2 MB of unclosed quoted attributes', fill('<p class="', 2 * MB)],
  ['2 MB of quotes after =', `<p ${fill('a="b" ', 2 * MB)}`],
  ['2 MB of unclosed comments', fill('<!--', 2 * MB)],
  ['2 MB of <!', fill('<!', 2 * MB)],
  ['a 2 MB tag name', `<${fill('a', 2 * MB)}`],
  ['a 2 MB checkbox', `<input type=checkbox ${fill('checked ', 2 * MB)}>`],
  ['2 MB of &#', fill('&#', 2 * MB)],
  ['a 2 MB numeric reference', `&#${fill('9', 2 * MB)};`],
  ['a 2 MB reference with leading zeros', `&#${fill('0', 2 * MB)}60;`],
  ['a 2 MB named reference', `&${fill('a', 2 * MB)};`],
  ['2 MB of &gt;', fill('&gt;', 2 * MB)],
  ['thousands of tabs', fill('\t', 2 * MB)],
  ['2 MB of line ends', fill('\r\n\r\n\n', 2 * MB)],
  ['2 MB of zero-width and wide spaces', fill('\u200B\u3000\u00A0a', 2 * MB)],
  ['≥90%< repeated', fill('≥90%<', 2 * MB)],
];

describe('the read layer on hostile input', () => {
  it.each(HOSTILE)('%s', (_, text) => {
    const bytes = Buffer.from(text, 'utf8');
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(text);
    const lines = splitLines(cleanText(decoded.text));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) for (const cell of line.split('\t')) cellText(cell);
    expect(typeof hasHtml(text)).toBe('boolean');
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
