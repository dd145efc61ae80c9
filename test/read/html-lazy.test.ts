// A run on .txt files loads no page parser: in the bundled CLI (dist/, built by `npm run build`) htmlparser2
// sits in a chunk that only a dynamic import() reaches, loaded the first time a page is seen.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve('dist');
// Static imports of a chunk, minified or not; `import("…")` is left out (a '(' follows the keyword).
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.mjs)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.mjs)["']\s*\)/g;
// A callback name of htmlparser2's tokenizer: property names survive minification.
const PARSER_MARK = 'onopentagname';

function reachable(entry: string, pattern: RegExp): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) todo.push(join(dirname(file), (m[1] ?? m[2])!));
  }
  return seen;
}

describe.runIf(existsSync(join(DIST, 'gzperf.mjs')))('the bundled CLI', () => {
  it.each(['gzperf.mjs', 'gzperf-worker.mjs'])('%s does not load the page parser until a page is seen', (entry) => {
    const loaded = [...reachable(join(DIST, entry), STATIC_IMPORT)];
    expect(loaded.filter((file) => readFileSync(file, 'utf8').includes(PARSER_MARK))).toEqual([]);
    const lazy = [...reachable(join(DIST, entry), new RegExp(`${STATIC_IMPORT.source}|${DYNAMIC_IMPORT.source}`, 'g'))];
    expect(lazy.filter((file) => readFileSync(file, 'utf8').includes(PARSER_MARK)).length).toBeGreaterThan(0);
  });
});
