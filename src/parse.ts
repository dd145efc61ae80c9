// The pipeline: bytes → text → blocks → indicators, budget, scores → schema-checked document.
//   parseDocument(bytes, { path: 'a.txt' }) → ParsedDocument
import { createHash } from 'node:crypto';
import type { ParsedDocument } from './schema.js';

export interface ParseOptions {
  /** Shown in source.path and in messages. */
  path?: string;
}

export function parseDocument(input: string | Uint8Array, options: ParseOptions = {}): ParsedDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  return {
    schemaVersion: 1,
    source: {
      path: options.path ?? '-',
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'utf-8',
    },
    document: { title: text.trim().split('\n')[0] ?? null, kind: 'unknown', department: null, year: null, layouts: [] },
    budget: [],
    scores: null,
    indicators: [],
    diagnostics: [],
  };
}
