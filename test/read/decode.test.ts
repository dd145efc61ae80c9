import { describe, expect, it } from 'vitest';
import { decodeBytes, UnreadableError, type Encoding } from '../../src/read/decode.js';
import { encodeGb18030 } from './gb18030.js';
import { SEEDS } from './seeds.js';

const ENCODERS: Record<Exclude<Encoding, 'utf-8'>, (text: string) => Uint8Array> = {
  'utf-8-bom': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'utf-16le': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf-16be': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
  gb18030: encodeGb18030,
};

const reencoded = SEEDS.flatMap((seed) =>
  Object.entries(ENCODERS).map(([encoding, encode]) => ({ name: seed.name, encoding, text: seed.text, encode })),
);

/** Deterministic pseudo-random bytes (a linear congruential generator), optionally without NULs. */
function noise(length: number, seed: number, withNul: boolean): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    const byte = state >>> 24;
    bytes[i] = withNul || byte !== 0 ? byte : 1;
  }
  return bytes;
}

function reasonFor(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes);
  } catch (error) {
    if (error instanceof UnreadableError) return error.message;
    throw error;
  }
  throw new Error('expected UnreadableError');
}

describe('decodeBytes', () => {
  it.each(SEEDS)('reads seed $name as plain UTF-8', ({ bytes, text }) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-8' });
  });

  it.each(reencoded)('reads seed $name saved as $encoding', ({ text, encoding, encode }) => {
    expect(decodeBytes(encode(text))).toEqual({ text, encoding });
  });

  it.each([
    ['empty input', [], '', 'utf-8'],
    ['a lone UTF-8 BOM', [0xef, 0xbb, 0xbf], '', 'utf-8-bom'],
    ['a lone UTF-16LE BOM', [0xff, 0xfe], '', 'utf-16le'],
    ['ASCII', [0x61, 0x0d, 0x0a, 0x62], 'a\r\nb', 'utf-8'],
    ['GBK 你好', [0xc4, 0xe3, 0xba, 0xc3], '你好', 'gb18030'],
    ['GB18030 four-byte •', [0x81, 0x36, 0xa6, 0x31], '•', 'gb18030'],
    ['a DOS end-of-file mark', [0x61, 0x1a], 'a\u001a', 'utf-8'],
  ] as const)('reads %s', (_, bytes, text, encoding) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual({ text, encoding });
  });

  it('strips only the leading BOM and keeps one inside the text for cleanText', () => {
    expect(decodeBytes(ENCODERS['utf-8-bom']('a\uFEFFb')).text).toBe('a\uFEFFb');
  });

  it('reads a UTF-8 file cut mid-character as UTF-8 with U+FFFD, not as GB18030', () => {
    const seed = SEEDS[0]!;
    const lastLead = seed.bytes.findLastIndex((b) => b >= 0xe0);
    const { text, encoding } = decodeBytes(seed.bytes.subarray(0, lastLead + 2));
    expect(encoding).toBe('utf-8');
    expect(text.endsWith('\uFFFD')).toBe(true);
    expect(seed.text.startsWith(text.slice(0, -1))).toBe(true);
  });

  it('keeps a damaged byte after a BOM as U+FFFD', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]))).toEqual({
      text: 'a\uFFFDb',
      encoding: 'utf-8-bom',
      replaced: [{ line: 1, count: 1 }],
    });
  });

  it.each([
    ['a PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], 'binary data (NUL bytes)'],
    ['random bytes with NULs', [...noise(4096, 7, true)], 'binary data (NUL bytes)'],
    ['undecodable bytes', [0x61, 0xff, 0xfe, 0xff, 0x80, 0xff], 'not valid UTF-8, UTF-16 or GB18030'],
    ['control characters', [...Buffer.from('a\u0001\u0002b\u0003\u0004c\u0005\u0006')], 'binary data (control characters)'],
    ['UTF-32LE (NULs after a UTF-16 BOM)', [0xff, 0xfe, 0, 0, 0x61, 0, 0, 0, 0x62, 0, 0, 0], 'binary data (control characters)'],
  ])('rejects %s', (_, bytes, reason) => {
    expect(reasonFor(Uint8Array.from(bytes))).toBe(reason);
  });

  it.each([1, 2, 3, 4, 5])('rejects random bytes without NULs (generator seed %i)', (seed) => {
    expect(reasonFor(noise(4096, seed, false))).toMatch(/^(binary data|not valid)/);
  });

  it('accepts a Buffer and a view into a larger buffer', () => {
    const whole = Buffer.from('xx你好', 'utf8');
    expect(decodeBytes(whole.subarray(2)).text).toBe('你好');
  });
});

describe('bytes replaced by U+FFFD are reported at their line (issue 14)', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('UTF-8 with a stray byte, %s line ends: the line and the count', (_name, eol) => {
    const bytes = Buffer.concat([Buffer.from(`${"某某局项目支出绩效目标表".repeat(8)}${eol}一级指标 二级指标 三级指标 指标值${eol}≥6`, 'utf8'), Buffer.from([0xff]), Buffer.from(`00家${eol}${eol}x`, 'utf8'), Buffer.from([0xfe, 0xff]), Buffer.from(`${eol}`, 'utf8')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced).toEqual([{ line: 3, count: 1 }, { line: 5, count: 2 }]);
  });

  it('after a byte-order mark (UTF-16 cut mid-character)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('甲\n乙', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeBytes(bytes).replaced).toEqual([{ line: 2, count: 1 }]);
  });

  it('nothing is reported for clean text, nor for a U+FFFD written in the file itself', () => {
    expect(decodeBytes(Buffer.from('甲\n乙\n', 'utf8')).replaced).toBeUndefined();
    expect(decodeBytes(Buffer.from('甲\uFFFD\n', 'utf8')).replaced).toBeUndefined();
  });
});
