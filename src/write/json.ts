// Documents → a JSON array (json) or one object per line (ndjson).
//   [doc1, doc2] → '[\n  {…},\n  {…}\n]\n'  or  '{…}\n{…}\n'
import type { ParsedDocument } from '../schema.js';
import type { Writer } from './index.js';

// JSON.stringify keeps insertion order and adds nothing (no time, no path of its own), so same document → same bytes.
export function jsonWriter(): Writer {
  return {
    head: () => '[',
    before: (index) => (index === 0 ? '\n' : ',\n'),
    document: (doc) => indent(escapeLineSeparators(JSON.stringify(doc, null, 2))),
    tail: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

export function ndjsonWriter(): Writer {
  return {
    head: () => '',
    before: () => '',
    document: (doc: ParsedDocument) => escapeLineSeparators(JSON.stringify(doc)) + '\n',
    tail: () => '',
  };
}

// Only \n: a regex ^ with the m flag also matches after U+2028 and would write spaces into string values.
function indent(text: string): string {
  return '  ' + text.replaceAll('\n', '\n  ');
}

// U+2028/U+2029 (Word line breaks) are legal in JSON but split lines for readers like Python's splitlines().
function escapeLineSeparators(text: string): string {
  return text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
