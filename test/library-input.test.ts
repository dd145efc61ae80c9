// Issue 14, the library's entry points check what they are given: string | Uint8Array | ArrayBuffer and options.path
// as a string; anything else is a TypeError that says what was expected, never a crash inside or a wrong source.path.
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from '../src/index.js';

const TEXT = '项目绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务企业数\t≥6家\n';

describe.each([
  ['parseDocument', async (input: unknown, options?: unknown) => [parseDocument(input as string, options as object)]],
  ['parse', async (input: unknown, options?: unknown) => parse(input as string, options as object)],
] as const)('%s', (fn, run) => {
  it.each([
    ['a string', TEXT],
    ['a Uint8Array', new Uint8Array(Buffer.from(TEXT, 'utf8'))],
    ['a Buffer', Buffer.from(TEXT, 'utf8')],
    ['an ArrayBuffer', new Uint8Array(Buffer.from(TEXT, 'utf8')).buffer],
  ])('accepts %s and reads the same document from it', async (_name, input) => {
    const [doc] = await run(input, { path: 'a.txt' });
    expect(doc?.source.path).toBe('a.txt');
    expect(doc?.indicators.map((i) => i.target?.value)).toEqual([6]);
    expect(doc?.source.bytes).toBe(Buffer.byteLength(TEXT));
  });

  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'a undefined'],
    ['a number', 42, 'a number'],
    ['a plain object', { text: TEXT }, 'an object (Object)'],
    ['an array of bytes', [1, 2, 3], 'an array'],
  ])('rejects %s with a TypeError naming what it expected', async (_name, input, got) => {
    await expect(run(input)).rejects.toThrow(new TypeError(`${fn}: expected the document as a string, Uint8Array or ArrayBuffer, got ${got}`));
  });

  it.each([
    ['a number as path', { path: 123 }, 'expected options.path as a string, got a number'],
    ['null as path', { path: null }, 'expected options.path as a string, got null'],
    ['a string as options', 'a.txt', 'expected options as an object such as { path: \'a.txt\' }, got a string'],
    ['null as options', null, 'expected options as an object such as { path: \'a.txt\' }, got null'],
  ])('rejects %s', async (_name, options, message) => {
    await expect(run(TEXT, options)).rejects.toThrow(new TypeError(`${fn}: ${message}`));
  });

  it('no options: the path is -', async () => {
    const [doc] = await run(TEXT);
    expect(doc?.source.path).toBe('-');
  });
});

describe('undecodable bytes reach the document', () => {
  const bytes = Buffer.concat([Buffer.from(TEXT.replace('≥6家\n', '≥6'), 'utf8'), Buffer.from([0xff]), Buffer.from('00家\n', 'utf8')]);

  it('a value holding U+FFFD is text, not the number before it, with a warning at its line', () => {
    const doc = parseDocument(bytes, { path: 'bad.txt' });
    expect(doc.indicators[0]?.target).toEqual({ raw: '≥6\uFFFD00家', op: 'text', unit: null });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'undecodable-bytes', line: 3 }));
  });
});
