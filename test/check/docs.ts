// Test helpers for the validate rules: hand-built documents, money figures, and seeds parsed from edited text.
//   doc({ indicators: [buildIndicator()] }) → ParsedDocument with no budget, scores or diagnostics unless given
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/index.js';
import type { Finding } from '../../src/check/index.js';
import type { BudgetItem, ParsedDocument, Scores } from '../../src/schema.js';
import { buildDocument, quantity } from '../helpers/build.js';

export { buildIndicator, quantity } from '../helpers/build.js';

export function doc(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return buildDocument({ budget: [], scores: null, indicators: [], diagnostics: [], ...overrides });
}

export function scores(overrides: Partial<Scores> = {}): Scores {
  return { total: null, grade: null, line: 41, gradeLine: 42, bands: [], ...overrides };
}

/** A budget figure in 元 written in 万元: money('全年预算数', null, '387,236.73', 69). Digits are shifted, never multiplied. */
export function money(item: string, column: string | null, wan: string, line: number): BudgetItem {
  const [int = '0', frac = ''] = wan.replaceAll(',', '').split('.');
  const yuan = Number(int + frac.padEnd(4, '0'));
  return { item, column, amount: quantity(`${wan}万元`, 'eq', { value: yuan, unit: '元' }), line };
}

export function rate(item: string, column: string | null, written: string, line: number): BudgetItem {
  return { item, column, amount: quantity(`${written}%`, 'eq', { value: Number(written), unit: '%' }), line };
}

/** A grid's 分值 / 得分 cell: points, unit null. */
export function points(item: string, column: string, value: number, line: number): BudgetItem {
  return { item, column, amount: quantity(String(value), 'eq', { value }), line };
}

/** `line code` for each finding, the form the assertions compare. */
export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line} ${f.code}`);
}

export const SEED = {
  report: 'seeds/001_98a5634400e74046.txt',
  table: 'seeds/003_1b846bb66b8a451a.txt',
} as const;

export function seedText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** `text` with `from` replaced by `to`; throws when `from` is not there, so a stale edit cannot pass silently. */
export function doctor(text: string, from: string | RegExp, to: string): string {
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`doctor: ${String(from)} not found`);
  return edited;
}

export function parse(text: string, path = '-'): ParsedDocument {
  return parseDocument(text, { path });
}
