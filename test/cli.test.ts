// main() run in-process, table-driven: args (+ stdin) → exit code, stdout, stderr.
//   ['parse', '-f', 'csv', SEED] → 0, '\uFEFFpath,kind,…', ''
// Assertions are relations between formats, so they hold whatever the extractor finds.
import { parse as parseCsv } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../src/schema.js';
import { CSV_COLUMNS, guardFormula } from '../src/write/csv.js';
import { FORMATS } from '../src/write/index.js';
import { runCli, type RunResult } from './helpers/run-cli.js';

export { runCli } from './helpers/run-cli.js';

const SEED = 'seeds/000_94c012d1e06f7b6d.txt';
const SEED2 = 'seeds/003_1b846bb66b8a451a.txt';
const SEEDS = 'seeds/*.txt';
const SEED_COUNT = 5;
const SEED_PATHS = ['000_94c012d1e06f7b6d', '001_98a5634400e74046', '002_203a48228822a7e9', '003_1b846bb66b8a451a', '004_c58b0c46542c9df7'].map((n) => `seeds/${n}.txt`);
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const BOM = '\uFEFF';
const ANSI = /\u001b\[/;
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const docs = (stdout: string) => JSON.parse(stdout) as ParsedDocument[];
const paths = (stdout: string) => docs(stdout).map((d) => d.source.path);
const csvRows = (stdout: string) => parseCsv(stdout, { bom: true }) as string[][];

interface Row {
  name: string;
  argv: string[];
  stdin?: string;
  code: number;
  stdout: RegExp | ((stdout: string) => void);
  stderr: RegExp;
}

const ROWS: Row[] = [
  { name: '--help', argv: ['--help'], code: 0, stdout: /^Usage: gzperf .*\n[^]*\bparse\b[^]*\bschema\b/, stderr: /^$/ },
  { name: '--version', argv: ['--version'], code: 0, stdout: new RegExp(`^${VERSION.replaceAll('.', '\\.')}\\n$`), stderr: /^$/ },
  { name: 'parse --help', argv: ['parse', '--help'], code: 0, stdout: /--format[^]*"table"[^]*--output[^]*--no-bom/, stderr: /^$/ },
  { name: 'unknown command', argv: ['frobnicate'], code: 2, stdout: /^$/, stderr: /unknown command 'frobnicate'/ },
  { name: 'bad --format', argv: ['parse', '-f', 'xml', SEED], code: 2, stdout: /^$/, stderr: /'xml' is invalid. Allowed choices are json, ndjson, csv, table/ },
  { name: 'json', argv: ['parse', SEED], code: 0, stdout: (out) => expect(paths(out)).toEqual([SEED]), stderr: /^$/ },
  { name: 'json, glob', argv: ['parse', SEEDS], code: 0, stdout: (out) => expect(paths(out)).toHaveLength(SEED_COUNT), stderr: /^$/ },
  { name: 'ndjson', argv: ['parse', '-f', 'ndjson', SEEDS], code: 0, stdout: (out) => expect(out.split('\n')).toHaveLength(SEED_COUNT + 1), stderr: /^$/ },
  { name: 'csv', argv: ['parse', '-f', 'csv', SEED], code: 0, stdout: (out) => expect(out.startsWith(BOM + 'path,kind,department,year,')).toBe(true), stderr: /^$/ },
  { name: 'csv --no-bom', argv: ['parse', '-f', 'csv', '--no-bom', SEED], code: 0, stdout: /^path,kind,department,year,/, stderr: /^$/ },
  { name: 'table', argv: ['parse', '-f', 'table', SEED, SEED2], code: 0, stdout: new RegExp(`^${SEED}  [^]*\\n\\n${SEED2}  `), stderr: /^$/ },
  { name: 'stdin via -', argv: ['parse', '-'], stdin: '绩效目标表\n', code: 0, stdout: (out) => expect(paths(out)).toEqual(['-']), stderr: /^-:0:1 {2}warning {2}No indicator found.*no-indicators\n$/ },
  { name: 'stdin with no file', argv: ['parse', '-f', 'ndjson'], stdin: '绩效目标表\n', code: 0, stdout: /^\{"schemaVersion":1,"source":\{"path":"-"/, stderr: /^-:0:1 {2}warning {2}No indicator found/ },
  {
    name: 'one missing file among several',
    argv: ['parse', SEED, 'no/such/file.txt', SEED2],
    code: 2,
    stdout: (out) => expect(paths(out)).toEqual([SEED, SEED2]),
    stderr: /^no\/such\/file\.txt:0:1 {2}error {2}Cannot read: no such file {2}unreadable\n$/,
  },
  { name: 'missing file, ndjson', argv: ['parse', '-f', 'ndjson', 'nope.txt', SEED], code: 2, stdout: /^\{[^\n]*\}\n$/, stderr: /nope\.txt/ },
  { name: 'missing file, csv keeps its header', argv: ['parse', '-f', 'csv', 'nope.txt'], code: 2, stdout: new RegExp(`^${BOM}path,[^\\n]*line,detail\\r\\n$`), stderr: /nope\.txt/ },
  { name: 'a directory, read recursively', argv: ['parse', 'seeds'], code: 0, stdout: (out) => expect(paths(out)).toEqual(SEED_PATHS), stderr: /^$/ },
  { name: 'a glob matching nothing', argv: ['parse', 'nothing/*.txt'], code: 2, stdout: /^\[\]\n$/, stderr: /nothing\/\*\.txt.*no file matches/ },
];

describe('gzperf cli', () => {
  it.each(ROWS)('$name', async ({ argv, stdin, code, stdout, stderr }) => {
    const r = await runCli(argv, stdin);
    if (typeof stdout === 'function') stdout(r.stdout);
    else expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toMatch(stderr);
    expect(r.code).toBe(code);
  });

  it('reads the same document from stdin as from the file, apart from its path', async () => {
    const fromFile = docs((await runCli(['parse', SEED])).stdout);
    const fromStdin = docs((await runCli(['parse'], readFileSync(SEED, 'utf8'))).stdout);
    expect(fromStdin.map((d) => ({ ...d, source: { ...d.source, path: SEED } }))).toEqual(fromFile);
  });
});

describe('-o FILE', () => {
  it.each(FORMATS)('%s: writes to the file exactly what stdout would show, and nothing to stdout', async (format) => {
    const file = join(tmp, `out.${format}`);
    const direct = await runCli(['parse', '-f', format, SEEDS]);
    const r = await runCli(['parse', '-f', format, '-o', file, SEEDS]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(file)).toEqual(direct.bytes);
    expect(direct.bytes.length).toBeGreaterThan(0);
  });
});

describe('formats agree with each other', () => {
  const run = (format: string, ...extra: string[]) => runCli(['parse', '-f', format, ...extra, SEEDS]);

  it('csv: header, a BOM, and one row per indicator of the json output, in order', async () => {
    const json = docs((await run('json')).stdout);
    const csv = await run('csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = csvRows(csv.stdout);
    expect(header).toEqual(CSV_COLUMNS);
    const expected = json.flatMap((d) => d.indicators.map((i) => [guardFormula(d.source.path), guardFormula(i.name), String(i.line)]));
    expect(rows.map((r) => [r[0], r[7], r[30]])).toEqual(expected);
  });

  it('csv --no-bom: the same bytes without the BOM', async () => {
    const [withBom, without] = [await run('csv'), await run('csv', '--no-bom')];
    expect(withBom.stdout).toBe(BOM + without.stdout);
  });

  it('ndjson: one line per document, each equal to its json element', async () => {
    const json = docs((await run('json')).stdout);
    const lines = (await run('ndjson')).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(json);
  });

  it('table: one heading per document, in input order', async () => {
    const json = docs((await run('json')).stdout);
    const headings = (await run('table')).stdout.split('\n').filter((l) => !l.startsWith(' ') && l !== '');
    expect(headings.map((h) => h.split('  ')[0])).toEqual(json.map((d) => d.source.path));
  });
});

describe('determinism and colour', () => {
  it.each(FORMATS)('%s: parsing the seeds twice gives identical bytes', async (format) => {
    const a: RunResult = await runCli(['parse', '-f', format, SEEDS]);
    const b: RunResult = await runCli(['parse', '-f', format, SEEDS]);
    expect(a.code).toBe(0);
    expect(b.bytes.equals(a.bytes)).toBe(true);
  });

  it.each([
    ['a terminal', { isTTY: true }, true],
    ['a terminal with NO_COLOR', { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe', { isTTY: false }, false],
  ])('table on %s', async (_name, options, coloured) => {
    const r = await runCli(['parse', '-f', 'table', SEED], undefined, options);
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });

  it('table to -o FILE has no colour even from a terminal', async () => {
    const file = join(tmp, 'tty.txt');
    await runCli(['parse', '-f', 'table', '-o', file, SEED], undefined, { isTTY: true });
    expect(readFileSync(file, 'utf8')).not.toMatch(ANSI);
  });
});

describe('gzperf schema', () => {
  it('prints the JSON Schema of an array of documents, matching the committed snapshot', async () => {
    const r = await runCli(['schema']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const schema = JSON.parse(r.stdout) as { $schema: string; type: string; items: { required: string[] } };
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array' });
    expect(schema.items.required).toContain('indicators');
    // A contract change shows up as a diff here; refresh on purpose with `vitest -u`, never in CI.
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/schema.json');
  });
});

// gzperf validate (issue 4): exit codes and the three formats, on the seeds and on doctored copies sent through stdin.
describe('validate', () => {
  const TABLE = 'seeds/003_1b846bb66b8a451a.txt';
  const REPORT = 'seeds/001_98a5634400e74046.txt';
  const seeds = 'seeds/*.txt';
  const sumBroken = readFileSync(TABLE, 'utf8').replace(/(总分\t100\t+)99\.96/, '$198.00');
  const rateBroken = readFileSync(REPORT, 'utf8').replace('执行率 99.98%', '执行率 99.90%');
  const SUM_LINE = '-:41:1  error  Unexpected total 98, expected 99.96, the sum of the 26 item scores  score-sum-mismatch';
  type FileReport = { path: string; errorCount: number; warningCount: number; infoCount: number; findings: { code: string; line: number }[] };
  const reports = (stdout: string) => JSON.parse(stdout) as FileReport[];

  it('the doctored copies differ from the seeds', () => {
    expect([sumBroken, rateBroken]).not.toContain(readFileSync(TABLE, 'utf8'));
    expect(rateBroken).not.toBe(readFileSync(REPORT, 'utf8'));
  });

  it.each([
    { name: 'text: the seeds have no errors', argv: [seeds], code: 0, stdout: /\n✖ \d+ problems? \(0 errors, \d+ warnings?\)\n$|^✔ no problems\n$/ },
    { name: 'text: a total that is not the sum', argv: ['-'], stdin: sumBroken, code: 1, stdout: new RegExp(`^${SUM_LINE}$[^]*\\n✖ \\d+ problems? \\(1 error, `, 'm') },
    { name: 'text: a wrong rate is a warning only', argv: ['-'], stdin: rateBroken, code: 0, stdout: /^-:71:1 {2}warning {2}Unexpected 执行率 99\.90%, expected 99\.98% .* {2}budget-rate-mismatch\n/ },
    { name: 'text: --max-warnings 0 fails on that warning', argv: ['--max-warnings', '0', '-'], stdin: rateBroken, code: 1, stdout: /budget-rate-mismatch/, stderr: /1 warning, more than --max-warnings 0/ },
    { name: 'text: --max-warnings 1 allows it', argv: ['--max-warnings', '1', '-'], stdin: rateBroken, code: 0, stdout: /budget-rate-mismatch/ },
    { name: 'text: an empty document has no indicators', argv: ['-'], stdin: '', code: 1, stdout: /^-:0:1 {2}error {2}.* {2}no-indicators\n/ },
    { name: 'text: binary input cannot be read', argv: ['-'], stdin: 'a\u0000b', code: 2, stdout: /^-:0:1 {2}error {2}Cannot read: binary data.* {2}unreadable\n/ },
    { name: 'text: a missing file among seeds', argv: [TABLE, 'no/such/file.txt', REPORT], code: 2, stdout: /^no\/such\/file\.txt:0:1 {2}error {2}Cannot read: no such file {2}unreadable$/m },
    { name: 'text: nothing readable', argv: ['nothing/*.txt'], code: 2, stdout: /^nothing\/\*\.txt:0:1 {2}error {2}Cannot read: no file matches this pattern {2}unreadable\n/ },
    { name: 'github: error annotation', argv: ['-f', 'github', '-'], stdin: sumBroken, code: 1, stdout: /^::error file=-,line=41,title=score-sum-mismatch::Unexpected total 98, expected 99\.96, the sum of the 26 item scores$/m },
    { name: 'github: warning annotation, % escaped', argv: ['--format', 'github', '-'], stdin: rateBroken, code: 0, stdout: /^::warning file=-,line=71,title=budget-rate-mismatch::Unexpected 执行率 99\.90%25, expected 99\.98%25 / },
    { name: 'github: the seeds have no errors', argv: ['-f', 'github', seeds], code: 0, stdout: /^(::warning [^\n]*\n)*$/ },
    { name: 'github: a missing file', argv: ['-f', 'github', 'nope.txt', TABLE], code: 2, stdout: /^::error file=nope\.txt,title=unreadable::Cannot read: no such file\n/ },
    { name: 'bad --format', argv: ['-f', 'xml', seeds], code: 2, stdout: /^$/, stderr: /'xml' is invalid\. Allowed choices are text, json, github/ },
    { name: 'bad --max-warnings', argv: ['--max-warnings', 'many', seeds], code: 2, stdout: /^$/, stderr: /Unexpected --max-warnings many/ },
  ])('$name', async ({ argv, stdin, code, stdout, stderr }) => {
    const r = await runCli(['validate', ...argv], stdin);
    expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toMatch(stderr ?? /^$/);
    expect(r.code).toBe(code);
  });

  it('json: one object per input in order, with counts, info included', async () => {
    const r = await runCli(['validate', '-f', 'json', REPORT, '-', TABLE], sumBroken);
    expect(r.code).toBe(1);
    const out = reports(r.stdout);
    expect(out.map((f) => [f.path, f.errorCount])).toEqual([[REPORT, 0], ['-', 1], [TABLE, 0]]);
    expect(out[1]?.findings).toContainEqual(expect.objectContaining({ code: 'score-sum-mismatch', line: 41 }));
    expect(out[0]?.infoCount).toBeGreaterThan(0);
    for (const f of out) expect(Object.keys(f)).toEqual(['path', 'errorCount', 'warningCount', 'infoCount', 'findings']);
  });

  it('json: a missing file is an unreadable error for its path, the others are still checked, exit 2', async () => {
    const r = await runCli(['validate', '-f', 'json', TABLE, 'no/such/file.txt']);
    expect(r.code).toBe(2);
    const out = reports(r.stdout);
    expect(out.map((f) => f.path)).toEqual([TABLE, 'no/such/file.txt']);
    expect(out[1]?.findings).toEqual([{ severity: 'error', code: 'unreadable', line: 0, column: 1, message: 'Cannot read: no such file' }]);
    expect(out[0]?.errorCount).toBe(0);
  });

  it('json: the seeds have no errors, and the same input gives the same bytes', async () => {
    const [a, b] = [await runCli(['validate', '-f', 'json', seeds]), await runCli(['validate', '-f', 'json', seeds])];
    expect(a.code).toBe(0);
    expect(reports(a.stdout).map((f) => f.errorCount)).toEqual([0, 0, 0, 0, 0]);
    expect(b.bytes.equals(a.bytes)).toBe(true);
  });

  it.each([
    ['a terminal', { isTTY: true }, true],
    ['a terminal with NO_COLOR', { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe', { isTTY: false }, false],
  ])('text on %s', async (_name, options, coloured) => {
    const r = await runCli(['validate', '-'], sumBroken, options);
    expect(/\u001b\[/.test(r.stdout)).toBe(coloured);
  });
});
