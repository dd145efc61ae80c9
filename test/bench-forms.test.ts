// The benchmark's check that a .txt run loads no form library: it names the form libraries a run loads, so it can fail.
// loadedModules('bin/gzperf.js', ['parse', 'seeds/….txt']) → { chunks: [{ path: 'dist/gzperf.mjs', packages: ['commander'] }, …], forbidden: [] }
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

type Loaded = { chunks: { path: string; packages: string[] }[]; forbidden: string[]; unknown: string[] };
type Forms = {
  loadedModules: (bin: string, args: string[]) => Loaded;
  formFiles: (dir: string) => { groups: Record<string, string[]>; missing: string | null };
};
const FORMS_MODULE = '../bench/forms.mjs';
const PUBLISHED = '../shared/formats/seeds';
let forms: Forms;
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f));

beforeAll(async () => {
  if (!existsSync('bench/cli-meta.json') || !existsSync('dist/gzperf.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
  forms = (await import(FORMS_MODULE)) as Forms;
}, 120_000);

describe('bench/forms.mjs', () => {
  it('finds no form library among the modules a .txt run loads', () => {
    const loaded = forms.loadedModules('bin/gzperf.js', ['parse', ...seeds, '-f', 'ndjson']);
    expect(loaded.chunks.map((c) => c.path)).toContain('dist/gzperf.mjs');
    expect(loaded.forbidden).toEqual([]);
    expect(loaded.unknown).toEqual([]);
  });

  it.runIf(existsSync(PUBLISHED))('names the libraries a .docx run loads', () => {
    const docx = readdirSync(PUBLISHED).filter((f) => f.endsWith('.docx')).map((f) => join(PUBLISHED, f));
    const loaded = forms.loadedModules('bin/gzperf.js', ['parse', ...docx, '-f', 'ndjson']);
    expect(loaded.forbidden.map((entry) => entry.split(' ')[0])).toEqual(expect.arrayContaining(['saxes', 'yauzl']));
  });

  it('groups the published forms by their longest suffix and says when the folder is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gzperf-bench-'));
    for (const name of ['a.html', 'a.min.html', 'a.gbk.html', 'a.docx', 'a.doc', 'a.pdf', 'notes.md']) writeFileSync(join(dir, name), '');
    const { groups, missing } = forms.formFiles(dir);
    expect(missing).toBeNull();
    expect(Object.fromEntries(Object.entries(groups).map(([form, files]) => [form, files.length]))).toEqual({ txt: seeds.length, html: 1, 'min.html': 1, 'gbk.html': 1, docx: 1, doc: 1, pdf: 1 });
    expect(forms.formFiles(join(dir, 'absent')).missing).toBe(join(dir, 'absent'));
  });
});
