// PLACEHOLDER until the terminal table lands.
import type { Writer } from './index.js';

export function tableWriter(_color: boolean): Writer {
  return { head: () => '', document: (doc) => `${doc.source.path}: ${doc.indicators.length} indicators\n`, tail: () => '' };
}
