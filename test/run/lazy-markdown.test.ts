// remark is loaded only for markdown: `gzperf parse seeds/*.txt` (tab text, # headings) never loads its chunk,
// and a .md file does. A module hook lists every file of dist/ that node loads.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const HOOKS = `export async function load(url, context, next) {
  if (url.includes('/dist/')) process.stderr.write('loaded ' + url.slice(url.indexOf('/dist/')) + '\\n');
  return next(url, context);
}`;
const dataUrl = (source: string): string => `data:text/javascript,${encodeURIComponent(source)}`;
const REGISTER = dataUrl(`import{register}from'node:module';register(${JSON.stringify(dataUrl(HOOKS))});`);

beforeAll(() => {
  if (!existsSync('dist/gzperf.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}, 120_000);

function loaded(...files: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', REGISTER, 'bin/gzperf.js', 'parse', ...files], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stderr.split('\n').filter((l) => l.startsWith('loaded ')).map((l) => l.slice(7));
}

describe('the markdown reader is loaded on first use', () => {
  it('is not loaded for the seeds', () => {
    const files = loaded('seeds/000_94c012d1e06f7b6d.txt', 'seeds/001_98a5634400e74046.txt', 'seeds/002_203a48228822a7e9.txt', 'seeds/003_1b846bb66b8a451a.txt', 'seeds/004_c58b0c46542c9df7.txt');
    expect(files).toContain('/dist/gzperf.mjs');
    expect(files.filter((f) => f.includes('markdown'))).toEqual([]);
  });

  it('is loaded for a pipe table', () => {
    expect(loaded('fixtures/markdown-pipe-table/input.txt').filter((f) => f.includes('/markdown-'))).toHaveLength(1);
  });
});
