// The column of a finding, so `path:line:col` points at the cell: from the model's cell for a page or a sheet, from
// the source line for text. "a.txt" line 20 `培训人次\t≥300` + missing-target { name: '培训人次' } → column 1; unparsed-row → its first digit.
import type { Finding } from '../check/index.js';
import { decodeBytes } from '../read/decode.js';
import { splitLines } from '../read/lines.js';
import type { ParsedDocument } from '../schema.js';

const LINE_FORMS = new Set(['text', 'markdown']);

/** Findings with `column` set where it is known: the cell's column (1-based) in a table, else a character column (1-based, in characters); otherwise left unset (shown as 1). */
export function withColumns(findings: Finding[], doc: ParsedDocument, bytes: Uint8Array): Finding[] {
  if (findings.length === 0) return findings;
  if (!LINE_FORMS.has(doc.document.form)) return findings.map((f) => ({ ...f, ...cellColumn(f, doc) }));
  let lines: string[];
  try {
    lines = splitLines(decodeBytes(bytes).text);
  } catch {
    return findings;
  }
  return findings.map((f) => {
    const column = f.line > 0 ? charColumn(f, lines[f.line - 1] ?? '') : undefined;
    return column ? { ...f, column } : f;
  });
}

// The cell the finding's row was read from, in a form made of tables (docx, xlsx, html, pdf).
function cellColumn(f: Finding, doc: ParsedDocument): { column?: number } {
  if (f.line <= 0) return {};
  const rows = [...doc.indicators, ...doc.budget, ...doc.diagnostics];
  const column = rows.find((r) => r.line === f.line && r.where?.column)?.where?.column;
  return column ? { column } : {};
}

// Where on its line the finding is: an unread row's first digit (the number that fed nothing), else the text or name it quotes.
function charColumn(f: Finding, line: string): number | undefined {
  const text = typeof f.params?.text === 'string' ? f.params.text.replace(/…$/, '') : undefined;
  const name = typeof f.params?.name === 'string' ? f.params.name : undefined;
  let at = -1;
  if (f.code === 'unparsed-row') at = line.search(/[0-9０-９]/u);
  if (at < 0 && text) at = line.indexOf(text);
  if (at < 0 && name) at = line.indexOf(name);
  return at < 0 ? undefined : [...line.slice(0, at)].length + 1;
}
