import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';
import { cleanText, splitLines } from '../../src/read/lines.js';
import { SEEDS } from './seeds.js';

describe('splitLines', () => {
  it.each([
    ['empty text', '', []],
    ['one line without an end', 'a', ['a']],
    ['one line with an end', 'a\n', ['a']],
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b']],
    ['CR', 'a\rb\r', ['a', 'b']],
    ['mixed ends', 'a\r\nb\rc\nd', ['a', 'b', 'c', 'd']],
    ['empty lines kept', 'a\n\n\nb', ['a', '', '', 'b']],
    ['empty lines kept with CRLF', 'a\r\n\r\nb', ['a', '', 'b']],
    ['LF CR is two line ends', 'a\n\rb', ['a', '', 'b']],
    ['a trailing empty line', 'a\n\n', ['a', '']],
    ['only a line end', '\n', ['']],
    ['tabs kept', 'a\t\tb', ['a\t\tb']],
  ])('%s', (_, text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });

  it.each(SEEDS)('gives $name the same lines with LF, CRLF and CR', ({ text }) => {
    const lines = splitLines(text);
    expect(lines.length).toBeGreaterThan(10);
    expect(splitLines(text.replaceAll('\n', '\r\n'))).toEqual(lines);
    expect(splitLines(text.replaceAll('\n', '\r'))).toEqual(lines);
  });

  it.each(SEEDS)('gives $name the same lines from CRLF UTF-16 bytes', ({ text }) => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll('\n', '\r\n'), 'utf16le')]);
    expect(splitLines(decodeBytes(bytes).text)).toEqual(splitLines(text));
  });
});

describe('cleanText', () => {
  it.each([
    ['zero-width space', '运行\u200B监测', '运行监测'],
    ['zero-width joiners', 'a\u200C\u200Db', 'ab'],
    ['word joiner', 'a\u2060b', 'ab'],
    ['BOM inside the text', 'a\uFEFFb', 'ab'],
    ['soft hyphen', '数量\u00AD指标', '数量指标'],
    ['ideographic space', '举办\u3000民营经济', '举办 民营经济'],
    ['NBSP', '1,030\u00A0亿元', '1,030 亿元'],
    ['thin and narrow spaces', '5\u2009%\u202F', '5 % '],
    ['full-width digits and signs stay', '１２３％，＞', '１２３％，＞'],
    ['line ends and tabs stay', 'a\tb\r\nc', 'a\tb\r\nc'],
    ['text without anything to clean', '广州市工业和信息化局', '广州市工业和信息化局'],
    ['Kangxi radicals from PDF extraction', '项\u2F6C\u2F40出 \u2F08', '项目支出 人'],
    ['a row typed with U+3000 between cells', 'a\u3000b\u3000c\u3000d\ne\u3000f\u3000g\u3000h\ni\u3000j\u3000k\u3000l', 'a\tb\tc\td\ne\tf\tg\th\ni\tj\tk\tl'],
  ])('%s', (_, text, clean) => {
    expect(cleanText(text)).toBe(clean);
  });

  it.each(SEEDS)('leaves $name line numbers unchanged', ({ text }) => {
    expect(splitLines(cleanText(text)).length).toBe(splitLines(text).length);
  });
});
