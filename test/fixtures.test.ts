// Walks fixtures/<case>/: input.txt (read as text) or input.html (read by its form, as the CLI does) parsed must
// match expected.json (a partial document:
// every key given must match, arrays must have the same length, objects may have more keys).
// messages.txt, when present, lists diagnostic codes that must appear, one per line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from '../src/index.js';
import { ParsedDocument } from '../src/schema.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const INPUTS = ['input.txt', 'input.html'];
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && INPUTS.some((input) => existsSync(join(root, d.name, input))))
  .map((d) => d.name)
  .sort();

async function parseCase(name: string) {
  const input = INPUTS.find((file) => existsSync(join(root, name, file)))!;
  const bytes = readFileSync(join(root, name, input));
  const path = `fixtures/${name}/${input}`;
  if (input === 'input.txt') return parseDocument(bytes, { path });
  const docs = await parse(bytes, { path });
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

describe('fixtures', () => {
  it('has fixtures to walk', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(root, name);
    const doc = await parseCase(name);
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
