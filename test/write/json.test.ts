// JSON and NDJSON writers: hand-built documents → text that parses back to the same documents.
//   [doc1, doc2] → '[\n  {…},\n  {…}\n]\n'  and  '{…}\n{…}\n'
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { jsonWriter, ndjsonWriter } from '../../src/write/json.js';
import { AWKWARD, buildDocument, buildIndicator } from '../helpers/build.js';

function write(format: 'json' | 'ndjson', docs: ParsedDocument[]): string {
  const writer = format === 'json' ? jsonWriter() : ndjsonWriter();
  return writer.head() + docs.map((doc, i) => writer.before(i) + writer.document(doc)).join('') + writer.tail(docs.length);
}

const docs = [
  buildDocument(),
  buildDocument({ path: 'b.txt', indicators: [buildIndicator({ name: AWKWARD.lineSeparator, detail: 'x\u2029y' })] }),
];

describe('json writer', () => {
  it('writes an empty array for no documents', () => {
    expect(write('json', [])).toBe('[]\n');
  });

  it('writes a pretty array that parses back to the documents', () => {
    const text = write('json', docs);
    expect(JSON.parse(text)).toEqual(docs);
    expect(text.startsWith('[\n  {\n    "schemaVersion": 1,')).toBe(true);
    expect(text.endsWith('\n  }\n]\n')).toBe(true);
  });

  it('keeps U+2028 inside strings intact (escaped, no indentation inserted)', () => {
    const text = write('json', docs);
    expect(text).toContain('"name": "Word\\u2028line break"');
    expect(text).not.toMatch(/[\u2028\u2029]/);
  });
});

describe('ndjson writer', () => {
  it('writes one line per document, each parsing back to it', () => {
    const lines = write('ndjson', docs).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(docs);
  });

  it('writes nothing at all for no documents', () => {
    expect(write('ndjson', [])).toBe('');
  });

  it('has no Unicode line separators that line readers would split on', () => {
    const text = write('ndjson', docs);
    expect(text.split(/\r\n|[\n\r\u2028\u2029\u0085]/)).toHaveLength(docs.length + 1);
  });
});

describe('documents in pieces (issue 14: no string grows with the whole output)', () => {
  // Enough diagnostics for several megabytes of JSON: the pieces must stay near 1 MiB each.
  const big = buildDocument({
    diagnostics: Array.from({ length: 6000 }, (_, i) => ({ severity: 'info' as const, code: 'unparsed-prose', line: i + 1, message: 'm', text: '长'.repeat(400) + '\u2028' })),
  });

  it.each([
    ['json', jsonWriter(), (doc: ParsedDocument) => '  ' + JSON.stringify(doc, null, 2).replaceAll('\n', '\n  ')],
    ['ndjson', ndjsonWriter(), (doc: ParsedDocument) => JSON.stringify(doc) + '\n'],
  ] as const)('%s: the pieces join to exactly what one JSON.stringify gives, and none is much over 1 MiB', (_name, writer, whole) => {
    for (const doc of [...docs, big, buildDocument({ indicators: [], budget: [], diagnostics: [] })]) {
      const pieces = writer.pieces!(doc);
      const expected = whole(doc).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
      expect(pieces.join('')).toBe(expected);
      expect(writer.document(doc)).toBe(expected);
    }
    const pieces = writer.pieces!(big);
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 20) + 2000);
  });
});
