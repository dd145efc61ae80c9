// What a parse run tells on stderr beyond errors: each document with no indicator, and a closing summary on a terminal.
//   tally.document('a.txt', { indicators: 0, … }) → 'a.txt:0:1  warning  No indicator found …  no-indicators'; summary() → '3 documents, 1 with no indicators, 12 warnings'
import { say, type Lang } from '../messages/index.js';
import type { Rendered } from './worker.js';

export interface Tally {
  /** Inputs whose bytes were read, parsed or not. */
  read: number;
  /** Inputs read but not parsed (an internal error). */
  failed: number;
  documents: number;
  empty: number;
  warnings: number;
  errors: number;
  unreadable: number;
}

export const newTally = (): Tally => ({ read: 0, failed: 0, documents: 0, empty: 0, warnings: 0, errors: 0, unreadable: 0 });

export function count(tally: Tally, doc: Rendered): void {
  tally.documents++;
  if (doc.indicators === 0) tally.empty++;
  tally.warnings += doc.warnings;
  tally.errors += doc.errors;
}

/** One line: `150 documents, 3 with no indicators, 12 warnings`, then errors and unreadable inputs when there are any. */
export function summary(t: Tally, lang: Lang = 'en'): string {
  return say('summary', { ...t }, lang);
}
