// Every validate rule in one list, and the library entry that runs them on a parsed document.
//   validateDocument(parseDocument(bytes)) → [{ severity: 'warning', code: 'missing-achieved', line: 14, message }]
import type { ParsedDocument } from '../schema.js';
import { budgetRateMismatch } from './budget.js';
import { missingAchieved, missingTarget, noIndicators, notMetUnexplained } from './presence.js';
import { parserDiagnostics, unparsedRow } from './rows.js';
import { gradeMismatch, scoreOverMax, scoreSumMismatch } from './scores.js';
import type { Finding, Rule } from './types.js';
import { say } from '../messages/index.js';

export type { Finding, Rule, Severity } from './types.js';

/** The rules `validate` runs (SPEC §6), in the order their findings are listed on one line. */
export const RULES: readonly Rule[] = [
  noIndicators,
  missingTarget,
  missingAchieved,
  notMetUnexplained,
  scoreOverMax,
  scoreSumMismatch,
  gradeMismatch,
  budgetRateMismatch,
  unparsedRow,
  parserDiagnostics,
];

/**
 * Findings of every rule, by line; findings on one line keep the order of RULES.
 * @example
 * validateDocument(parseDocument(text)).filter((f) => f.severity === 'error')
 */
export function validateDocument(doc: ParsedDocument): Finding[] {
  return RULES.flatMap((rule) => rule.check(doc)).sort((a, b) => a.line - b.line);
}

/** The finding for an input that could not be read or decoded; the command makes it, there is no document. */
export function unreadableFinding(reason: string): Finding {
  return { severity: 'error', code: 'unreadable', line: 0, message: say('unreadable', { reason }), params: { reason } };
}
