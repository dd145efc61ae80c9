// The no-data-loss guard: every line holding a number fed the output or is reported (SPEC §6 unparsed-row).
//   row 20 '\t干。3\t' unused → { severity: 'warning', code: 'unparsed-row', line: 20 }
import type { Diagnostic } from '../schema.js';
import type { Line } from '../extract/lines.js';
import type { Collector } from './collector.js';
import { foldDigits } from '../extract/text.js';

const DIGIT = /[0-9０-９]/;
// List numbering is not data: （3）, 2., 一、
const MARKER = /^\s*(?:#+\s*)?(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}(?:\.\d{1,2})*\s*[.、．](?!\d)|[（(]?[一二三四五六七八九十]+[)）、.])/;

export function coverage(lines: readonly Line[], c: Collector): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of lines) {
    if (line.kind === 'blank' || c.used.has(line.no) || c.narrative.has(line.no) || !DIGIT.test(line.text)) continue;
    // Full-width numbering （１） is list numbering too.
    const text = foldDigits(line.text).replace(MARKER, '');
    if (!DIGIT.test(text)) continue;
    const excerpt = line.text.length > 120 ? `${line.text.slice(0, 117)}…` : line.text;
    if (line.kind === 'row') {
      out.push({ severity: 'warning', code: 'unparsed-row', line: line.no, message: 'Row holds a number that fed no indicator, budget figure or score', text: excerpt });
    } else {
      out.push({ severity: 'info', code: 'unparsed-prose', line: line.no, message: 'Sentence holds a number that fed no indicator, budget figure or score', text: excerpt });
    }
  }
  return out;
}
