// `npm run bench`: builds a corpus, measures what issue 7 asks for, prints it and appends it to bench/results.md.
//   npm run bench               20 MB corpus      npm run bench -- --quick        about 2 MB, fewer passes
//   npm run bench -- --mb 50    larger corpus     npm run bench -- --no-append    print only
//   npm run bench -- --forms DIR   the published forms of the seeds (default ../shared/formats/seeds; skipped when missing)
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, MB } from './corpus.mjs';
import { cliByForm, formFiles, inProcessByForm, loadedModules } from './forms.mjs';
import { callsPerSecond, describeMachine, median, runWithPeakRss, timeRun } from './measure.mjs';

const TARGETS = { coldRatio: 1.5, inProcessMBps: 30, endToEndMBps: 20, normalizePerSecond: 1_000_000 };
const BIN = 'bin/gzperf.js';
const log = (text) => process.stderr.write(text + '\n');

const { values: flags } = parseArgs({
  options: {
    mb: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'no-append': { type: 'boolean', default: false },
    forms: { type: 'string', default: '../shared/formats/seeds' },
  },
});
const quick = flags.quick;
const mb = Number(flags.mb ?? (quick ? 2 : 20));
const coldRuns = Math.max(9, Number(flags.runs ?? (quick ? 9 : 15)));
const passes = quick ? 3 : 5;
const cliRuns = 3;
if (!(mb > 0)) throw new Error(`Unexpected --mb ${flags.mb}, expected a positive number`);
if (!existsSync('dist/gzperf.mjs') || !existsSync('dist/index.js')) throw new Error('Unexpected missing dist/, expected `npm run build` first (npm run bench does it)');

const machine = describeMachine();
log(`gzperf bench: ${mb} MB corpus, ${machine.cpu}, ${machine.cores} cores, load ${machine.load.toFixed(2)}`);

log('corpus…');
// One folder per size, so that --quick does not throw away the 20 MB corpus.
const corpusDir = `bench/corpus/${mb}mb`;
const corpus = ensureCorpus({ dir: corpusDir, mb });
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
const halfFiles = corpus.files.filter((f) => f.startsWith(`${corpusDir}/a/`));
const halfBytes = halfFiles.reduce((sum, f) => sum + readFileSync(f).byteLength, 0);

const lib = await import(pathToFileURL('dist/index.js').href);
const results = {
  cold: coldStart(),
  inProcess: inProcess(),
  normalize: normalize(),
  ...(await endToEnd()),
  forms: await forms(),
};
const report = formatReport(results);
process.stdout.write(report);
if (!flags['no-append']) {
  appendFileSync('bench/results.md', (existsSync('bench/results.md') ? '\n' : '# Benchmark results\n\nAppended by `npm run bench`; newest last.\n\n') + report);
  log('appended to bench/results.md');
}

function coldStart() {
  log(`cold start: ${coldRuns} runs each, interleaved…`);
  const commands = {
    bare: ['-e', ''],
    version: [BIN, '--version'], // loading only, no parsing: separates start-up from the work on the seeds
    cli: [BIN, 'parse', ...seeds],
  };
  const times = { bare: [], version: [], cli: [] };
  const ratios = [];
  const order = Object.keys(commands);
  for (const name of order) timeRun(process.execPath, commands[name]); // warm the file cache
  for (let i = 0; i < coldRuns; i++) {
    // Rotate which goes first, so a drift in machine load hits all alike.
    const round = {};
    for (let k = 0; k < order.length; k++) {
      const name = order[(i + k) % order.length];
      round[name] = timeRun(process.execPath, commands[name]);
      times[name].push(round[name]);
    }
    ratios.push(round.cli / round.bare);
  }
  const bare = median(times.bare);
  const cli = median(times.cli);
  return { bare, cli, version: median(times.version), ratio: cli / bare, pairRatio: median(ratios), runs: coldRuns };
}

function inProcess() {
  log(`in-process parseDocument: warm-up + ${passes} passes…`);
  const inputs = corpus.files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  const pass = () => {
    let indicators = 0;
    let failures = 0;
    const started = performance.now();
    for (const { path, bytes } of inputs) {
      try {
        indicators += lib.parseDocument(bytes, { path }).indicators.length;
      } catch {
        failures++;
      }
    }
    return { ms: performance.now() - started, indicators, failures };
  };
  const warm = pass();
  const times = Array.from({ length: passes }, () => pass().ms);
  const ms = median(times);
  return { MBps: corpus.bytes / MB / (ms / 1000), ms, indicators: warm.indicators, failures: warm.failures, docs: inputs.length };
}

function normalize() {
  log('normalizeQuantity…');
  const values = JSON.parse(readFileSync('bench/values.json', 'utf8'));
  let sink = 0;
  const round = () => {
    for (const { raw, context } of values) sink += lib.normalizeQuantity(raw, context).op.length;
    return values.length;
  };
  callsPerSecond(round, 500); // warm-up: let the JIT settle
  const rates = Array.from({ length: 5 }, () => callsPerSecond(round, 300));
  if (sink === 0) log('(normalizeQuantity returned nothing?)');
  return { perSecond: median(rates), values: values.length };
}

async function endToEnd() {
  const run = async (label, globs, { jobs, runs = cliRuns } = {}) => {
    log(`CLI ndjson ${label}: ${runs} run(s)…`);
    const args = [BIN, 'parse', '--format', 'ndjson', ...(jobs ? ['--jobs', String(jobs)] : []), ...globs];
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await runWithPeakRss(process.execPath, args));
    const bad = results.find((r) => r.code !== 0);
    if (bad) log(`  exit ${bad.code}: ${bad.stderr.slice(0, 500)}`);
    const ms = median(results.map((r) => r.ms));
    return { ms, rssBytes: median(results.map((r) => r.rssBytes)), rssSource: results[0].rssSource, lines: results[0].lines, sha256: results[0].sha256 };
  };
  const ALL = `${corpusDir}/*/*.txt`;
  // The number of cores is what --jobs defaults to for a large batch; explicit, so that every size runs the same way.
  const jobs = machine.cores;
  const full = await run(`full corpus, --jobs ${jobs}`, [ALL], { jobs });
  const half = await run('half corpus', [`${corpusDir}/a/*.txt`], { jobs });
  // The corpus listed twice: twice the files, to show nothing accumulates per file.
  const double = await run('corpus listed twice', [ALL, ALL], { jobs, runs: 1 });
  const jobs1 = jobs === 1 ? full : await run('--jobs 1', [ALL], { jobs: 1 });
  const jobs2 = jobs === 2 ? full : await run('--jobs 2', [ALL], { jobs: 2 });
  const rate = (bytes, result) => bytes / MB / (result.ms / 1000);
  return {
    e2e: { ...full, MBps: rate(corpus.bytes, full), files: corpus.files.length, jobs },
    half: { ...half, files: halfFiles.length },
    double: { ...double, files: corpus.files.length * 2 },
    jobs: {
      one: { ...jobs1, MBps: rate(corpus.bytes, jobs1) },
      two: { ...jobs2, MBps: rate(corpus.bytes, jobs2) },
      speedup: jobs1.ms / jobs2.ms,
      identical: jobs1.sha256 === jobs2.sha256 && jobs1.sha256 === full.sha256,
    },
  };
}

async function forms() {
  const { groups, missing } = formFiles(flags.forms);
  if (missing) log(`forms: ${missing} not found (it lives beside the repository on the project's machine); measuring .txt only`);
  log('modules loaded by a .txt run…');
  const loaded = loadedModules(BIN, ['parse', ...seeds, '-f', 'ndjson']);
  log(`per form, in-process parse(): a first pass + ${passes} passes of ≥ 250 ms…`);
  const inProcess = await inProcessByForm(lib, groups, passes);
  log(`per form, CLI -f ndjson: ${cliRuns} runs each…`);
  return { missing, loaded, inProcess, cli: cliByForm(BIN, groups, cliRuns) };
}

function formatReport(r) {
  const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const mib = (bytes) => `${fmt(bytes / 2 ** 20, 0)} MiB`;
  const mark = (ok) => (ok ? '✓' : '✗');
  // A run that kept every document would need about twice the memory for twice the files.
  const rssFlat = r.double.rssBytes <= 1.25 * r.e2e.rssBytes;
  const m = machine;
  const commit = git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain']) ? ' + uncommitted changes' : '');
  const placeholder = r.inProcess.indicators === 0 ? ' (no indicators extracted: the pipeline is a placeholder, throughput means little)' : '';
  const rows = [
    [`cold start \`gzperf parse seeds/*.txt\` vs \`node -e ''\` (medians of ${r.cold.runs}, interleaved)`,
      `${fmt(r.cold.cli)} ms vs ${fmt(r.cold.bare)} ms = **${fmt(r.cold.ratio, 2)}×** (median pair ratio ${fmt(r.cold.pairRatio, 2)}×; \`gzperf --version\` ${fmt(r.cold.version)} ms)`, `≤ ${TARGETS.coldRatio}×`, mark(r.cold.ratio <= TARGETS.coldRatio)],
    [`\`parseDocument\` in-process (${r.inProcess.docs} docs, median of ${passes} passes)`,
      `**${fmt(r.inProcess.MBps)} MB/s**; ${fmt(r.inProcess.indicators / (corpus.bytes / MB), 0)} indicators/MB, ${r.inProcess.failures} exceptions${placeholder}`, `≥ ${TARGETS.inProcessMBps} MB/s`, mark(r.inProcess.MBps >= TARGETS.inProcessMBps)],
    [`CLI \`parse --format ndjson --jobs ${r.e2e.jobs}\` (the default: one per core; ${r.e2e.files} files, median of ${cliRuns})`,
      `**${fmt(r.e2e.MBps)} MB/s**, ${r.e2e.lines} lines out`, `≥ ${TARGETS.endToEndMBps} MB/s`, mark(r.e2e.MBps >= TARGETS.endToEndMBps && r.e2e.lines === r.e2e.files)],
    [`peak RSS of that run for half / all / twice the files (${r.e2e.rssSource}; ✓ when twice the files need < 1.25× the memory)`,
      `${mib(r.half.rssBytes)} / ${mib(r.e2e.rssBytes)} / ${mib(r.double.rssBytes)} for ${r.half.files} / ${r.e2e.files} / ${r.double.files} files`, 'flat', mark(rssFlat)],
    [`\`normalizeQuantity\` (${r.normalize.values} value strings, median of 5)`,
      `**${fmt(r.normalize.perSecond / 1e6, 2)} M calls/s**`, `≥ ${fmt(TARGETS.normalizePerSecond / 1e6, 0)} M/s`, mark(r.normalize.perSecond >= TARGETS.normalizePerSecond)],
    [`form libraries among the modules \`gzperf parse seeds/*.txt\` loads (${r.forms.loaded.chunks.length} files, by import hook; chunk contents from the build's metafile)`,
      loadedSummary(r.forms.loaded), 'none', mark(r.forms.loaded.forbidden.length === 0 && r.forms.loaded.unknown.length === 0)],
    ['`--jobs 2` vs `--jobs 1`, CLI ndjson',
      `**${fmt(r.jobs.speedup, 2)}×** (${fmt(r.jobs.two.MBps)} vs ${fmt(r.jobs.one.MBps)} MB/s); RSS ${mib(r.jobs.two.rssBytes)} vs ${mib(r.jobs.one.rssBytes)}; output ${r.jobs.identical ? 'byte-identical' : '**differs**'}`, 'report', r.jobs.identical ? '' : '✗'],
  ];
  return [
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${fmt(corpus.bytes / MB)} MB corpus, ${corpus.files.length} files${quick ? ' (--quick)' : ''}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.memoryGiB)} GiB, ${m.os}, node ${m.node}; load average ${fmt(m.load, 2)} at start, ${fmt(loadavg()[0], 2)} at end (above ~0.5 other work shares the cores and timings are unreliable). Code: ${commit}.`,
    `Corpus encodings: ${Object.entries(corpus.encodings).map(([k, v]) => `${k} ${v}`).join(', ')}. MB = 10⁶ bytes.`,
    '',
    '| measure | result | target | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...formsTable(r.forms, fmt),
  ].join('\n');
}

function loadedSummary({ chunks, forbidden, unknown }) {
  const packages = [...new Set(chunks.flatMap((c) => c.packages))].sort();
  const files = chunks.map((c) => c.path.replace(/^dist\/chunks\//, '')).join(', ');
  if (forbidden.length || unknown.length) return `**${[...forbidden, ...unknown.map((u) => `unknown: ${u}`)].join(', ')}**`;
  return `**none**: ${files}; packages bundled in them: ${packages.join(', ') || 'none'}`;
}

// Documents per second for each published form of the five seeds, in-process and through the CLI.
function formsTable(f, fmt) {
  const cli = new Map(f.cli.map((row) => [row.form, row]));
  const note = f.missing
    ? `Forms: \`${f.missing}\` not found, only .txt measured (the published forms live beside the repository on the project's machine; \`--forms DIR\` names them).`
    : `Forms: the five seeds in each published form (\`${flags.forms}\`). In-process \`parse()\` from the built library, median of ${passes} passes (each at least 250 ms, the five files over and over) after a first pass over the five that also loads the form's reader; CLI \`gzperf parse FILES -f ndjson\`, one process for the five files, median wall time of ${cliRuns}.`;
  return [
    note,
    '',
    '| form | in-process docs/s | first pass (loads the reader) | CLI, 5 files | CLI docs/s | indicators | exceptions |',
    '|---|---|---|---|---|---|---|',
    ...f.inProcess.map((row) => `| ${row.form} | **${fmt(row.docsPerSecond)}** | ${fmt(row.firstMs, 0)} ms | ${fmt(cli.get(row.form)?.ms ?? NaN, 0)} ms | ${fmt(cli.get(row.form)?.docsPerSecond ?? NaN)} | ${row.indicators} | ${row.failures} |`),
    '',
  ];
}

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
