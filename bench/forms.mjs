// Per-form measures for the benchmark: documents per second in-process and through the CLI, and what a .txt run loads.
//   await formsThroughput(lib, { dir: '../shared/formats/seeds', passes: 5 }) → { skipped: null, forms: [{ form: 'docx', files: 5, docsPerSecond: 41.2, … }] }
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeRun } from './measure.mjs';

// Longest suffix first, so that `x.min.html` is not counted as `html`.
export const FORMS = ['txt', 'html', 'min.html', 'gbk.html', 'docx', 'doc', 'xlsx', 'xls', 'pdf'];
// Packages whose code must not load for text: the form readers' libraries and the report's charts.
const FORM_LIBRARIES = /^(htmlparser2|dom(handler|utils|-serializer)|cheerio|remark-|unified$|micromark|mdast-|saxes$|yauzl$|cfb$|@e965\/xlsx$|xlsx$|pdfjs-dist$|write-excel-file$|echarts$|zrender$)/;
const META = 'bench/cli-meta.json';
const MIN_PASS_MS = 250;

const formOf = (name) => FORMS.slice(1).sort((a, b) => b.length - a.length).find((form) => name.endsWith('.' + form)) ?? null;

/** The files of each form: the repo's seeds for txt, `dir` for the published forms (null when `dir` is missing). */
export function formFiles(dir, seedsDir = 'seeds') {
  const groups = { txt: readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f)) };
  if (!existsSync(dir)) return { groups, missing: dir };
  for (const name of readdirSync(dir).sort()) {
    const form = formOf(name);
    if (form) (groups[form] ??= []).push(join(dir, name));
  }
  return { groups, missing: null };
}

/** `parse()` on each form's files in-process: a first pass (it loads the form's reader), then the median rate of `passes`. */
export async function inProcessByForm(lib, groups, passes) {
  const rows = [];
  for (const form of FORMS) {
    const files = groups[form];
    if (!files?.length) continue;
    const inputs = files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
    const first = await timedPass(lib, inputs, 0);
    const rates = [];
    for (let i = 0; i < passes; i++) {
      const { ms, docs } = await timedPass(lib, inputs, MIN_PASS_MS);
      rates.push(docs / (ms / 1000));
    }
    rows.push({ form, files: inputs.length, firstMs: first.ms, docsPerSecond: median(rates), indicators: first.indicators, failures: first.failures });
  }
  return rows;
}

// One pass reads the files over and over for at least `minMs`: five small files alone take a few ms, too short to time.
async function timedPass(lib, inputs, minMs) {
  let indicators = 0;
  let failures = 0;
  let docs = 0;
  const started = performance.now();
  do {
    for (const { path, bytes } of inputs) {
      try {
        for (const doc of await lib.parse(bytes, { path })) indicators += doc.indicators.length;
      } catch {
        failures++;
      }
      docs++;
    }
  } while (performance.now() - started < minMs);
  return { ms: performance.now() - started, docs, indicators, failures };
}

/** `gzperf parse FILES -f ndjson` on each form's files, median wall time of `runs` (throws when one exits non-zero; the in-process passes warmed the file cache). */
export function cliByForm(bin, groups, runs) {
  const rows = [];
  for (const form of FORMS) {
    const files = groups[form];
    if (!files?.length) continue;
    const args = [bin, 'parse', ...files, '-f', 'ndjson'];
    const times = Array.from({ length: runs }, () => timeRun(process.execPath, args));
    const ms = median(times);
    rows.push({ form, files: files.length, ms, docsPerSecond: files.length / (ms / 1000) });
  }
  return rows;
}

/** Runs `args` under bench/loaded-hook.mjs; returns the dist/ files it loaded, the packages in them, and the form libraries among them. */
export function loadedModules(bin, args) {
  const log = join(tmpdir(), `gzperf-bench-loaded-${process.pid}.txt`);
  rmSync(log, { force: true });
  const hook = resolve('bench/loaded-hook.mjs');
  execFileSync(process.execPath, ['--import', hook, bin, ...args], { stdio: 'ignore', env: { ...process.env, GZPERF_LOADED_LOG: log } });
  const urls = [...new Set(readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:')))];
  rmSync(log, { force: true });
  const paths = urls.map((u) => relative(process.cwd(), fileURLToPath(u))).filter((p) => p !== 'bench/loaded-hook.mjs');
  const meta = existsSync(META) ? JSON.parse(readFileSync(META, 'utf8')) : null;
  const packagesOf = (path) => {
    const direct = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    if (direct) return [direct];
    return [...new Set(Object.keys(meta?.outputs?.[path]?.inputs ?? {}).map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(i)?.[1]).filter(Boolean))];
  };
  const chunks = paths.map((path) => ({ path, packages: packagesOf(path) }));
  const forbidden = chunks.flatMap((c) => c.packages.filter((p) => FORM_LIBRARIES.test(p)).map((p) => `${p} (${c.path})`));
  // Without the build's metafile a chunk's contents are unknown: say so rather than pass.
  const unknown = meta ? chunks.filter((c) => c.path.startsWith('dist/') && !meta.outputs[c.path]).map((c) => c.path) : ['no ' + META + ': run `npm run build`'];
  return { chunks, forbidden, unknown };
}
