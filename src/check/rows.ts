// The parser's own diagnostics as findings: unparsed rows (the no-data-loss guard) and every other note it left.
//   diagnostics [{ severity: 'warning', code: 'unparsed-row', line: 20, text: '干。' }] → unparsed-row warning at line 20
import type { Diagnostic } from '../schema.js';
import type { Finding, Rule } from './types.js';

function toFinding(d: Diagnostic, severity: Finding['severity'] = d.severity): Finding {
  const quoted = d.text ? `: “${d.text.length > 40 ? d.text.slice(0, 40) + '…' : d.text}”` : '';
  return { severity, code: d.code, line: d.line, message: d.message + quoted, params: { text: d.text ? d.text.slice(0, 40) + (d.text.length > 40 ? '…' : '') : undefined } };
}

export const unparsedRow: Rule = {
  id: 'unparsed-row',
  severity: 'warning',
  // SPEC §6 fixes the severity, whatever the parser chose.
  check: (doc) => doc.diagnostics.filter((d) => d.code === 'unparsed-row').map((d) => toFinding(d, 'warning')),
};

export const parserDiagnostics: Rule = {
  id: 'parser-diagnostics',
  severity: 'as-reported',
  check: (doc) => doc.diagnostics.filter((d) => d.code !== 'unparsed-row').map((d) => toFinding(d)),
};
