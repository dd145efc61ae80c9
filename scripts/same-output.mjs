// Proves a speed change changed no output: the CLI's JSON for every corpus, written once and compared after.
//   node scripts/same-output.mjs --write /tmp/gzperf-ref    node scripts/same-output.mjs /tmp/gzperf-ref  → "same: 33 groups" or the groups that differ
// Both the CLI (parse(): every form, one document per file) and parseDocument in-process (the synchronous text path) are compared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCorpus } from '../bench/corpus.mjs';

const args = process.argv.slice(2);
const writing = args[0] === '--write';
const refDir = writing ? args[1] : args[0];
if (!refDir) throw new Error('Unexpected missing reference directory, expected `same-output.mjs [--write] DIR`');

const filesIn = (dir, keep = () => true) =>
  existsSync(dir) ? readdirSync(dir).filter(keep).sort().map((name) => join(dir, name)) : [];
const isText = (name) => name.endsWith('.txt');
const heldout = readdirSync('eval').filter((name) => name.startsWith('heldout')).sort();

// One CLI run per group keeps the check quick; a group that differs is then narrowed by hand.
const groups = {
  seeds: filesIn('seeds', isText),
  real: filesIn('../shared/real', isText),
  ...Object.fromEntries(heldout.map((name) => [name, filesIn(join('eval', name), isText)])),
  bench: ensureCorpus({ dir: 'bench/corpus/2mb', mb: 2 }).files,
  formSeeds: filesIn('../shared/formats/seeds'),
  realForms: filesIn('/tmp/realforms'),
};

if (writing) mkdirSync(refDir, { recursive: true });
const differing = [];
let compared = 0;
for (const [name, files] of Object.entries(groups)) {
  if (files.length === 0) continue;
  const output = cliJson(files);
  const path = join(refDir, `${name}.json`);
  if (writing) writeFileSync(path, output);
  else if (!existsSync(path)) differing.push(`${name} (no reference)`);
  else if (readFileSync(path, 'utf8') !== output) differing.push(name);
  compared++;
}
// parseDocument is the library's synchronous text path, not the CLI's: checked in-process.
const { parseDocument } = await import(pathToFileURL(resolve('dist/index.js')).href);
for (const [name, files] of Object.entries(groups)) {
  const texts = files.filter(isText);
  if (texts.length === 0) continue;
  const output = JSON.stringify(texts.map((path) => parseDocument(readFileSync(path), { path })), null, 1);
  const path = join(refDir, `${name}.library.json`);
  if (writing) writeFileSync(path, output);
  else if (!existsSync(path)) differing.push(`${name}.library (no reference)`);
  else if (readFileSync(path, 'utf8') !== output) differing.push(`${name}.library`);
  compared++;
}
if (differing.length > 0) {
  process.stdout.write(`DIFFERENT: ${differing.join(', ')}\n`);
  process.exitCode = 1;
} else process.stdout.write(`${writing ? 'written' : 'same'}: ${compared} groups\n`);

function cliJson(files) {
  const run = spawnSync(process.execPath, ['bin/gzperf.js', 'parse', ...files, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  // Diagnostics on stderr and the exit code belong to the output too.
  return `${run.stdout}\n--stderr--\n${run.stderr}\nexit ${run.status}\n`;
}
