// The parser's diagnostics as findings: unparsed-row always a warning, every other note with its own severity.
//   { severity: 'warning', code: 'unparsed-row', line: 20, text: '干。' } → ['20 unparsed-row'], message ending “干。”
import { describe, expect, it } from 'vitest';
import { parserDiagnostics, unparsedRow } from '../../src/check/rows.js';
import type { Diagnostic } from '../../src/schema.js';
import { doc } from './docs.js';

const diag = (code: string, severity: Diagnostic['severity'], line: number, text?: string): Diagnostic =>
  text === undefined ? { severity, code, line, message: 'Row holds a number that fed nothing' } : { severity, code, line, message: 'Row holds a number that fed nothing', text };

describe('unparsed-row', () => {
  it('reports each unparsed row as a warning with its text', () => {
    const found = unparsedRow.check(doc({ diagnostics: [diag('unparsed-row', 'warning', 20, '干。3')] }));
    expect(found).toEqual([{ severity: 'warning', code: 'unparsed-row', line: 20, message: 'Row holds a number that fed nothing: “干。3”', params: { text: '干。3' } }]);
  });

  it('is a warning whatever severity the parser gave it', () => {
    expect(unparsedRow.check(doc({ diagnostics: [diag('unparsed-row', 'info', 20)] }))[0]?.severity).toBe('warning');
  });

  it('shortens long row text', () => {
    const [finding] = unparsedRow.check(doc({ diagnostics: [diag('unparsed-row', 'warning', 20, '一'.repeat(60))] }));
    expect(finding?.message).toMatch(/“一{40}…”$/);
  });

  it('is silent when every row fed something, and leaves other codes to parser-diagnostics', () => {
    expect(unparsedRow.check(doc())).toEqual([]);
    expect(unparsedRow.check(doc({ diagnostics: [diag('unparsed-prose', 'info', 45)] }))).toEqual([]);
  });
});

describe('parser-diagnostics', () => {
  it('passes every other diagnostic on with its own code and severity', () => {
    const diagnostics = [diag('unnamed-indicator', 'warning', 25), diag('unparsed-prose', 'info', 45), diag('empty-input', 'warning', 0), diag('unparsed-row', 'warning', 20)];
    const found = parserDiagnostics.check(doc({ diagnostics }));
    expect(found.map((f) => `${f.line} ${f.severity} ${f.code}`)).toEqual(['25 warning unnamed-indicator', '45 info unparsed-prose', '0 warning empty-input']);
  });
});
