// The rule list and the library entry: every rule listed once, findings in line order, exported from 'gzperf'.
//   validateDocument(doc) → findings of every rule in RULES, sorted by line
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { RULES, unreadableFinding, validateDocument } from '../../src/check/index.js';
import { buildIndicator, codes, doc, scores } from './docs.js';

describe('RULES', () => {
  it('holds each SPEC §6 rule that looks at a document once, with a kebab-case id', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(ids).toEqual(expect.arrayContaining(['no-indicators', 'missing-target', 'missing-achieved', 'not-met-unexplained', 'score-over-max', 'score-sum-mismatch', 'grade-mismatch', 'budget-rate-mismatch', 'unparsed-row']));
  });

  it('gives each rule the severity SPEC §6 gives it', () => {
    const severity = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
    expect(severity).toMatchObject({
      'no-indicators': 'error',
      'missing-target': 'warning',
      'missing-achieved': 'warning',
      'not-met-unexplained': 'warning',
      'score-over-max': 'error',
      'score-sum-mismatch': 'error',
      'grade-mismatch': 'error',
      'budget-rate-mismatch': 'warning',
      'unparsed-row': 'warning',
    });
  });
});

describe('validateDocument', () => {
  it('runs every rule and sorts the findings by line', () => {
    const indicators = [buildIndicator({ target: null, line: 30 }), buildIndicator({ score: { max: 10, got: 12 }, line: 20 })];
    const found = validateDocument(doc({ indicators, scores: scores({ total: 40, line: 41, grade: '优', gradeLine: 42 }) }));
    expect(codes(found)).toEqual(['20 score-over-max', '30 missing-target', '41 score-sum-mismatch', '42 grade-mismatch']);
    for (const f of found) expect(f.severity).toBe(RULES.find((r) => r.id === f.code)?.severity);
  });

  it('is what the library exports', () => {
    expect(library.validateDocument).toBe(validateDocument);
    expect(library.RULES).toBe(RULES);
  });

  it('has an unreadable finding for files the command cannot read', () => {
    expect(unreadableFinding('no such file')).toEqual({ severity: 'error', code: 'unreadable', line: 0, message: 'Cannot read: no such file', params: { reason: 'no such file' } });
  });
});
