// Documents → a JSON array (json) or one object per line (ndjson); key order is the schema's.
import type { ParsedDocument } from '../schema.js';
import type { Writer } from './index.js';

export function jsonWriter(): Writer {
  return {
    head: () => '[',
    document: (doc, index) => (index === 0 ? '\n' : ',\n') + indent(JSON.stringify(doc, null, 2)),
    tail: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

export function ndjsonWriter(): Writer {
  return {
    head: () => '',
    document: (doc: ParsedDocument) => JSON.stringify(doc) + '\n',
    tail: () => '',
  };
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
