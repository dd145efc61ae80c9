// What a parse run tells on stderr beyond errors: each document with no indicator, and a closing summary on a terminal.
//   tally.document('a.txt', { indicators: 0, … }) → 'a.txt:0:1  warning  No indicator found …  no-indicators'; summary() → '3 documents, 1 with no indicators, 12 warnings'
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

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line: `150 documents, 3 with no indicators, 12 warnings`, then errors and unreadable inputs when there are any. */
export function summary(t: Tally): string {
  const parts = [plural(t.documents, 'document'), `${t.empty} with no indicators`, plural(t.warnings, 'warning')];
  if (t.errors > 0) parts.push(plural(t.errors, 'error'));
  if (t.unreadable > 0) parts.push(`${t.unreadable} unreadable`);
  if (t.failed > 0) parts.push(`${t.failed} failed`);
  return parts.join(', ');
}
