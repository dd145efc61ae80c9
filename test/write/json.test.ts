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
