// Documents → output text, one writer per format; each document is written as soon as it is parsed.
//   createWriter('ndjson').document(doc, 0) → '{"schemaVersion":1,…}\n'
import type { ParsedDocument } from '../schema.js';
import { csvWriter } from './csv.js';
import { jsonWriter, ndjsonWriter } from './json.js';
import { tableWriter } from './table.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  /** CSV: start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
  /** table: use ANSI colours. */
  color?: boolean;
}

export interface Writer {
  head(): string;
  document(doc: ParsedDocument, index: number): string;
  tail(count: number): string;
}

export function createWriter(format: Format, options: WriterOptions = {}): Writer {
  switch (format) {
    case 'json':
      return jsonWriter();
    case 'ndjson':
      return ndjsonWriter();
    case 'csv':
      return csvWriter(options.bom ?? true);
    case 'table':
      return tableWriter(options.color ?? false);
  }
}
