// What a validate rule is and what it reports; shared by every rule family.
//   { id: 'score-over-max', severity: 'error', check(doc) } → [{ severity: 'error', code: 'score-over-max', line: 21, message }]
import type { Indicator, ParsedDocument } from '../schema.js';
import { SEVERITIES } from '../vocabulary.js';
import type { Params } from '../messages/index.js';

export type Severity = (typeof SEVERITIES)[number];

/** One problem `validate` reports: severity, rule code, line and message. */
export interface Finding {
  severity: Severity;
  code: string;
  /** 1-based source line; 0 when the finding concerns the whole file. */
  line: number;
  /** 1-based column of the cell or character concerned, when the command knows it (run/columns.ts); else shown as 1. */
  column?: number;
  message: string;
  /** The values in the message, so that it can be said in another language (src/messages). */
  params?: Params;
}

/** A check over one parsed document. */
export interface Rule {
  /** The code its findings carry (kebab-case), except `parser-diagnostics`, which passes the parser's codes on. */
  id: string;
  /** 'as-reported': the findings keep the severity the parser gave them. */
  severity: Severity | 'as-reported';
  check(doc: ParsedDocument): Finding[];
}

/** The name as quoted in a message; a scored row without a name is still pointed at. */
export function label(indicator: Indicator): string {
  return indicator.name ? `“${indicator.name}”` : 'unnamed indicator';
}

/** A number as people write it: no float noise (99.96000000000001 → 99.96). */
export function show(n: number): string {
  return String(Number(n.toFixed(6)));
}
