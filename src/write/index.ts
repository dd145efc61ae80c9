// Documents → output text, one writer per format; each document is written as soon as it is parsed.
//   (await createWriter('ndjson')).document(doc) → '{"schemaVersion":1,…}\n'
import type { ParsedDocument } from '../schema.js';
import { jsonWriter, ndjsonWriter } from './json.js';
import type { TableName } from './tables.js';
import type { Lang } from '../messages/index.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'table', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  /** CSV: start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
  /** table: use ANSI colours. */
  color?: boolean;
  /** table: the terminal's width in columns (default 100). */
  width?: number;
  /** table: the language of its labels. */
  lang?: Lang;
  /** CSV: which table to write (default indicators). */
  table?: TableName;
}

export interface Writer {
  head(): string;
  /** What comes before the document at `index`: a comma in a JSON array, a blank line between tables. */
  before(index: number): string;
  /** One document's text, the same wherever it stands in the output, so a worker thread can render it. */
  document(doc: ParsedDocument): string;
  /** The same text in pieces, for a format whose one document could outgrow a string (json, ndjson). */
  pieces?(doc: ParsedDocument): string[];
  tail(count: number): string;
  /** A writer of one binary file (xlsx) takes each document's text here instead of the output… */
  collect?(text: string): void;
  /** …and makes the file at the end. */
  finish?(): Promise<Uint8Array>;
}

export async function createWriter(format: Format, options: WriterOptions = {}): Promise<Writer> {
  switch (format) {
    case 'json':
      return jsonWriter();
    case 'ndjson':
      return ndjsonWriter();
    // Loaded on demand: csv-stringify and chalk cost start-up time that a json or ndjson run does not need.
    case 'csv':
      return (await import('./csv.js')).csvWriter(options.bom ?? true, options.table);
    case 'table':
      return (await import('./table.js')).tableWriter(options.color ?? false, options.width, options.lang);
    case 'xlsx':
      return (await import('./xlsx.js')).xlsxWriter();
  }
}
