// Shared by the robustness tests: seed variants (encodings, full-width digits), output views, timing.
//   toFullWidth('≥15%') → '≥１５％';  referencedLines(doc) → Set { 7, 20, 21, … }
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../../src/index.js';
import type { ParsedDocument } from '../../src/schema.js';
import { encodeGb18030 } from '../read/gb18030.js';

export { SEEDS, type Seed } from '../read/seeds.js';

/** The seed text saved the ways Chinese government sites and Windows editors save it. */
export const ENCODERS: ReadonlyArray<readonly [string, (text: string) => Uint8Array]> = [
  ['utf-8-bom', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
  ['utf-16le', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['utf-16be', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ['gb18030', encodeGb18030],
];

/** Every ASCII digit as its full-width form, and % as ％. */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replaceAll('%', '％');
}

/** The inverse of toFullWidth, for comparing text the parser keeps as written. */
export function foldWidth(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replaceAll('％', '%');
}

/** A document without its source block: what must not depend on how the bytes were saved. */
export function content(doc: ParsedDocument): Omit<ParsedDocument, 'source'> {
  const { source: _source, ...rest } = doc;
  return rest;
}

/** Lines the output points at: indicators, budget figures, the total and grade, diagnostics. */
export function referencedLines(doc: ParsedDocument): Set<number> {
  const lines = [
    ...doc.indicators.map((i) => i.line),
    ...doc.budget.map((b) => b.line),
    ...doc.diagnostics.map((d) => d.line),
    doc.scores?.line ?? 0,
    doc.scores?.gradeLine ?? 0,
  ];
  return new Set(lines.filter((n) => n > 0));
}

export function parseText(text: string, path = 'doc.txt'): ParsedDocument {
  return parseDocument(Buffer.from(text, 'utf8'), { path });
}

/** Repeats `unit` until the result is at least `size` characters long. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** Fastest of up to `runs` calls, in seconds, stopping once one is under `enough`: the minimum is the least disturbed by GC. */
export function secondsFor(work: () => void, runs = 3, enough = 0): number {
  let best = Infinity;
  for (let run = 0; run < runs && best >= enough; run++) {
    const start = performance.now();
    work();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

/**
 * Times `work` on inputs growing 4× a step; returns the first step that took more than 8× the one before
 * (linear ~4×, quadratic ~16×; `slack` seconds absorb timer noise), or null. Sizes grow only while
 * each step passes, so quadratic code fails in seconds instead of running for minutes.
 */
export function superlinearStep(make: (size: number) => string, work: (input: string) => void, sizes: readonly number[], slack = 0.15): string | null {
  let previous: { size: number; seconds: number } | null = null;
  for (const size of sizes) {
    const input = make(size);
    const bound = previous ? 8 * previous.seconds + slack : Infinity;
    const seconds = secondsFor(() => work(input), 3, bound);
    if (previous && seconds >= bound) return `${previous.size}: ${previous.seconds.toFixed(3)} s, ${size}: ${seconds.toFixed(3)} s`;
    previous = { size, seconds };
  }
  return null;
}
