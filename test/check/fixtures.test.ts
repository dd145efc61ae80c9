// Walks fixtures/validate/<case>/: input.txt parsed and validated gives exactly the findings in findings.txt.
//   findings.txt '41 score-sum-mismatch\n42 grade-mismatch' ↔ validateDocument(parseDocument(input.txt))
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/index.js';
import { codes, parse } from './docs.js';

const root = new URL('../../fixtures/validate/', import.meta.url).pathname;
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('fixtures/validate', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, 'findings.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const found = validateDocument(parse(readFileSync(join(dir, 'input.txt'), 'utf8'), `fixtures/validate/${name}/input.txt`));
    expect(codes(found)).toEqual(expected);
  });
});
