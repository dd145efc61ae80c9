// A file on disk → its documents, whatever its form.
//   await parseFile('reports/a.docx') → [ParsedDocument]
import { readFile } from 'node:fs/promises';
import { parse, type ParseOptions } from './parse.js';
import type { ParsedDocument } from './schema.js';

/**
 * Reads the file at `path` and parses it like {@link parse}; `source.path` is the path as given.
 * Rejects with the file system's error when the file cannot be read, and with an `UnreadableError` when its bytes
 * are not a document gzperf can read.
 */
export async function parseFile(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<ParsedDocument[]> {
  if (typeof path !== 'string' || path === '') throw new TypeError(`parseFile: expected a file path (a non-empty string), got ${path === '' ? 'an empty string' : typeof path}`);
  return parse(new Uint8Array(await readFile(path)), { ...options, path });
}
