// validate's three report formats, from hand-built reports: text (eslint-like), json (stable fields), github annotations.
//   [{ path: 'a.txt', findings: [error 41 score-sum-mismatch] }] → 'a.txt:41:1  error  …  score-sum-mismatch\n\n✖ 1 problem (1 error, 0 warnings)\n'
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/index.js';
import { escapeData, escapeProperty, formatGithub, formatJson, formatText, report } from '../../src/run/validate-command.js';

const ERROR: Finding = { severity: 'error', code: 'score-sum-mismatch', line: 41, message: 'Unexpected total 98, expected 99.96, the sum of the 26 item scores' };
const WARNING: Finding = { severity: 'warning', code: 'budget-rate-mismatch', line: 71, message: 'Unexpected 执行率 99.90%, expected 99.98%' };
const INFO: Finding = { severity: 'info', code: 'unparsed-prose', line: 45, message: 'Sentence holds a number that fed nothing' };
const WHOLE_FILE: Finding = { severity: 'error', code: 'unreadable', line: 0, message: 'Cannot read: no such file' };

describe('text', () => {
  it('prints one line per error or warning, then a summary, without colour off a terminal', () => {
    const out = formatText([report('a.txt', [ERROR, INFO]), report('b.txt', [WARNING])], false);
    expect(out).toBe(
      'a.txt:41:1  error  Unexpected total 98, expected 99.96, the sum of the 26 item scores  score-sum-mismatch\n' +
        'b.txt:71:1  warning  Unexpected 执行率 99.90%, expected 99.98%  budget-rate-mismatch\n' +
        '\n✖ 2 problems (1 error, 1 warning)\n',
    );
  });

  it('counts in the singular and says when there is nothing', () => {
    expect(formatText([report('a.txt', [ERROR])], false)).toMatch(/\n✖ 1 problem \(1 error, 0 warnings\)\n$/);
    expect(formatText([report('a.txt', [INFO])], false)).toBe('✔ no problems\n');
  });

  it('colours severities and the summary only when asked', () => {
    const ANSI = /\u001b\[/;
    expect(formatText([report('a.txt', [ERROR])], true)).toMatch(ANSI);
    expect(formatText([report('a.txt', [ERROR])], false)).not.toMatch(ANSI);
  });
});

describe('json', () => {
  it('lists every file, info included, with stable field names in a stable order', () => {
    const out = JSON.parse(formatJson([report('a.txt', [ERROR, INFO, WARNING]), report('b.txt', [])])) as unknown[];
    expect(out).toEqual([
      { path: 'a.txt', errorCount: 1, warningCount: 1, infoCount: 1, findings: [ERROR, INFO, WARNING].map((f) => ({ ...f, column: 1 })) },
      { path: 'b.txt', errorCount: 0, warningCount: 0, infoCount: 0, findings: [] },
    ]);
    expect(Object.keys(out[0] as object)).toEqual(['path', 'errorCount', 'warningCount', 'infoCount', 'findings']);
    expect(formatJson([report('a.txt', [ERROR])])).toContain('"severity": "error",\n        "code": "score-sum-mismatch",\n        "line": 41,\n        "column": 1,\n        "message"');
  });
});

describe('github', () => {
  it('prints an annotation per error or warning, none for info, no line for a whole-file finding', () => {
    expect(formatGithub([report('a.txt', [ERROR, INFO]), report('gone.txt', [WHOLE_FILE])])).toBe(
      '::error file=a.txt,line=41,title=score-sum-mismatch::Unexpected total 98, expected 99.96, the sum of the 26 item scores\n' +
        '::error file=gone.txt,title=unreadable::Cannot read: no such file\n',
    );
  });

  it('escapes % CR LF in messages and also : , in properties, as GitHub’s toolkit does', () => {
    expect(escapeData('99.90%\r\nnext: a, b')).toBe('99.90%25%0D%0Anext: a, b');
    expect(escapeProperty('reports/a,b:c%.txt')).toBe('reports/a%2Cb%3Ac%25.txt');
    expect(formatGithub([report('r/a,b.txt', [WARNING])])).toBe('::warning file=r/a%2Cb.txt,line=71,title=budget-rate-mismatch::Unexpected 执行率 99.90%25, expected 99.98%25\n');
  });
});
