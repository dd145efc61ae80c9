import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, ENCODINGS, UnreadableError } from '../../src/read/decode.js';
import { cellText } from '../../src/read/html.js';
import { cleanText, splitLines } from '../../src/read/lines.js';
import { encodeGb18030 } from './gb18030.js';
import { SEEDS } from './seeds.js';

// Fragments that make the scanner's paths meet: tags, half tags, quotes, references, comments.
const HTML_PIECES = [
  '<p>', '</p>', '<br/>', '<div>', '<li>', '<input', ' type="checkbox"', ' checked', '/>', '<span title="',
  '<', '>', '/', '"', "'", '=', '&', '#', 'x', '9', '0', ';', '&gt;', '&nbsp;', '&#99999999;', '<!--', '-->',
  '<!', '?', '优', '90分', '≥', '%', ' ', '\t', '\u3000', '\u200B', 'a', 'td', '<o:p>',
];
const htmlish = fc.array(fc.constantFrom(...HTML_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(htmlish, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));

function decodeOrReason(bytes: Uint8Array): ReturnType<typeof decodeBytes> | string {
  try {
    return decodeBytes(bytes);
  } catch (error) {
    if (error instanceof UnreadableError) return error.message;
    throw error;
  }
}

describe('properties', () => {
  it('cellText never throws and gives trimmed, non-empty paragraphs', () => {
    fc.assert(
      fc.property(anyText, (cell) => {
        const text = cellText(cell);
        if (!cell.includes('<') && !cell.includes('&')) return text === cell;
        return text === '' || text.split('\n').every((p) => p !== '' && p === p.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('decodeBytes throws nothing but UnreadableError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeOrReason(bytes);
        return typeof result === 'string' || ENCODINGS.includes(result.encoding);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodeBytes reads back any text saved with a byte-order mark, or calls it binary', () => {
    const boms: Array<(t: string) => Uint8Array> = [
      (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
      (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
      (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
    ];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.constantFrom(...boms), (text, encode) => {
        const result = decodeOrReason(encode(text));
        return typeof result === 'string' ? result.startsWith('binary data') : result.text === text;
      }),
    );
  });

  it('decodeBytes tells GB18030 Chinese text from UTF-8', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
    const piece = fc.oneof(han, fc.constantFrom('，', '。', '≥', '%', '1', 'a', ' ', '\t', '\n'));
    const text = fc.array(piece, { minLength: 8, maxLength: 80 }).map((p) => p.join(''));
    const manyHan = text.filter((t) => (t.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 8);
    fc.assert(
      fc.property(manyHan, (t) => {
        expect(decodeBytes(encodeGb18030(t))).toEqual({ text: t, encoding: 'gb18030' });
      }),
    );
  });

  it('a seed with one corrupted byte is still read as UTF-8', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.nat(), (seed, at) => {
        const bytes = Uint8Array.from(seed.bytes);
        bytes[at % bytes.length] = 0xff;
        const result = decodeBytes(bytes);
        return result.encoding === 'utf-8' && result.text.includes('\uFFFD');
      }),
      { numRuns: 200 },
    );
  });

  it('cleanText never changes the number of lines', () => {
    fc.assert(
      // A text of invisible characters only (a lone U+200B) cleans to nothing: no lines left to misnumber.
      fc.property(anyText, (text) => {
        const cleaned = cleanText(text);
        return splitLines(cleaned).length === splitLines(text).length || cleaned === '';
      }),
    );
  });
});
