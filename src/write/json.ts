// Documents → a JSON array (json) or one object per line (ndjson), each document in pieces of at most about a megabyte.
//   [doc1, doc2] → '[\n  {…},\n  {…}\n]\n'  or  '{…}\n{…}\n'
import type { ParsedDocument } from '../schema.js';
import type { Writer } from './index.js';

// Pieces are joined up to this many characters: few writes, and no string near V8's limit (~512M characters).
const PIECE_CHARS = 1 << 20;

// JSON.stringify keeps insertion order and adds nothing (no time, no path of its own), so same document → same bytes.
export function jsonWriter(): Writer {
  const pieces = (doc: ParsedDocument): string[] => join(prettyPieces(doc));
  return {
    head: () => '[',
    before: (index) => (index === 0 ? '\n' : ',\n'),
    document: (doc) => pieces(doc).join(''),
    pieces,
    tail: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

export function ndjsonWriter(): Writer {
  const pieces = (doc: ParsedDocument): string[] => join([...compactPieces(doc), '\n']);
  return {
    head: () => '',
    before: () => '',
    document: (doc) => pieces(doc).join(''),
    pieces,
    tail: () => '',
  };
}

type Entry = [string, unknown];

// What JSON.stringify keeps of an object: keys whose values are not undefined or functions.
const entriesOf = (doc: ParsedDocument): Entry[] => Object.entries(doc).filter(([, v]) => v !== undefined && typeof v !== 'function');
const stringify = (value: unknown, space?: number): string => escapeLineSeparators(JSON.stringify(value ?? null, null, space) ?? 'null');

/** JSON.stringify(doc, null, 2) indented two spaces, byte for byte, with each element of a top-level array its own piece. */
function prettyPieces(doc: ParsedDocument): string[] {
  const entries = entriesOf(doc);
  if (entries.length === 0) return ['  {}'];
  const out = ['  {'];
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const head = `\n    ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      out.push(head + indent(stringify(value, 2), '    ') + comma);
      return;
    }
    out.push(head + '[');
    value.forEach((el, j) => out.push('\n      ' + indent(stringify(el, 2), '      ') + (j < value.length - 1 ? ',' : '')));
    out.push('\n    ]' + comma);
  });
  out.push('\n  }');
  return out;
}

/** JSON.stringify(doc), byte for byte, with each element of a top-level array its own piece. */
function compactPieces(doc: ParsedDocument): string[] {
  const out = ['{'];
  entriesOf(doc).forEach(([key, value], i) => {
    const head = `${i === 0 ? '' : ','}${JSON.stringify(key)}:`;
    if (!Array.isArray(value) || value.length === 0) {
      out.push(head + stringify(value));
      return;
    }
    out.push(head + '[');
    value.forEach((el, j) => out.push((j === 0 ? '' : ',') + stringify(el)));
    out.push(']');
  });
  out.push('}');
  return out;
}

function join(pieces: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current.length > 0 && current.length + piece.length > PIECE_CHARS) {
      out.push(current);
      current = '';
    }
    current += piece;
  }
  out.push(current);
  return out;
}

// Only \n: a regex ^ with the m flag also matches after U+2028 and would write spaces into string values.
function indent(text: string, by: string): string {
  return text.replaceAll('\n', '\n' + by);
}

// U+2028/U+2029 (Word line breaks) are legal in JSON but split lines for readers like Python's splitlines().
function escapeLineSeparators(text: string): string {
  return text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
