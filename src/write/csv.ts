// PLACEHOLDER until the CSV writer lands (SPEC §7).
import type { Writer } from './index.js';

export function csvWriter(bom: boolean): Writer {
  return { head: () => (bom ? '\uFEFF' : ''), document: () => '', tail: () => '' };
}
