// The package as a user gets it: `npm pack`, installed into a fresh CommonJS project and a fresh ES-module
// project, where `require('gzperf')` / `import … from 'gzperf'` must run and type-check, and the README's
// library example must run as written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let work = '';
let tarball = '';

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A fresh npm project of the given module type with the packed gzperf installed from the tarball. */
function project(name: string, type: 'commonjs' | 'module'): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, type }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], dir);
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  return dir;
}

function typecheck(dir: string, file: string): void {
  const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', 'false'];
  // @types/node comes from this repository's install, as a user's project would have its own.
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { typeRoots: [join(ROOT, 'node_modules', '@types')] }, files: [file] }));
  run(process.execPath, [TSC, '-p', 'tsconfig.json', ...options], dir);
}

// The ts code block that follows '## Library' in the README.
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /## Library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README has no ```ts block under ## Library');
  return block;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cjs', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'gzperf-pack-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as { filename: string }[];
  tarball = join(work, packed!.filename);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packed library', () => {
  it('holds the licence, the README, both entry points and no sources or tests', () => {
    const files = run('tar', ['-tzf', tarball], work).split('\n');
    expect(files).toEqual(expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/dist/index.js', 'package/dist/cjs/index.js', 'package/dist/cjs/index.d.ts', 'package/bin/gzperf.js']));
    expect(files.filter((f) => /^package\/(src|test|fixtures|eval)\//.test(f))).toEqual([]);
  });

  it('require()s, runs and type-checks in a fresh CommonJS project', () => {
    const dir = project('cjs-user', 'commonjs');
    writeFileSync(join(dir, 'use.ts'), [
      "import { parseDocument, normalizeQuantity } from 'gzperf';",
      "const doc = parseDocument('三级指标\\t年度指标值\\n培训人次\\t≥150人次\\n', { path: 'a.txt' });",
      'const n: number = doc.indicators.length;',
      "console.log(JSON.stringify([n, normalizeQuantity('550万户').value]));",
    ].join('\n'));
    typecheck(dir, 'use.ts');
    const out = run(process.execPath, ['-e', "const g = require('gzperf'); console.log(JSON.stringify([typeof g.parse, typeof g.parseFile, g.normalizeQuantity('550万户').value, g.parseDocument('三级指标\\t年度指标值\\n培训人次\\t≥150人次\\n').indicators.length]))"], dir);
    expect(JSON.parse(out)).toEqual(['function', 'function', 5500000, 1]);
  }, 180_000);

  it('runs the README example as written in a fresh ES-module project, and it type-checks', () => {
    const dir = project('esm-user', 'module');
    writeFileSync(join(dir, 'example.ts'), readmeExample());
    typecheck(dir, 'example.ts');
    writeFileSync(join(dir, 'example.mjs'), readmeExample());
    const out = run(process.execPath, ['example.mjs'], dir).trim().split('\n');
    expect(out).toEqual(['广州市工业和信息化局 49', 'met', '611799000000 元']);
  }, 180_000);
});
