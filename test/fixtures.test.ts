// Walks fixtures/<case>/: input.txt parsed must match expected.json (a partial document:
// every key given must match, arrays must have the same length, objects may have more keys).
// messages.txt, when present, lists diagnostic codes that must appear, one per line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { ParsedDocument } from '../src/schema.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'input.txt')))
  .map((d) => d.name)
  .sort();

describe('fixtures', () => {
  it('has fixtures to walk', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const doc = parseDocument(readFileSync(join(dir, 'input.txt')), { path: `fixtures/${name}/input.txt` });
    expect(ParsedDocument.safeParse(doc).success).toBe(true);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject(expected);
    const messagesPath = join(dir, 'messages.txt');
    if (existsSync(messagesPath)) {
      const codes = doc.diagnostics.map((d) => d.code);
      for (const code of readFileSync(messagesPath, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) {
        expect(codes, `diagnostic ${code}`).toContain(code);
      }
    }
  });
});
