// Issue 15, how the command line speaks: colour by flag or FORCE_COLOR, --quiet, validate -o, Chinese under a
// Chinese locale or --lang, the table on a terminal and JSON through a pipe, and real columns in messages.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/messages/catalogue.js';
import { useColor } from '../../src/run/ui.js';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'seeds/000_94c012d1e06f7b6d.txt';
const WITH_WARNING = 'eval/heldout11/103_guangdong-district-water-project-monitoring.txt';
const ANSI = /\u001b\[/;
const CJK = /[\u4e00-\u9fff]/;
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('colour', () => {
  it.each([
    ['--color through a pipe', true, {}, false, true],
    ['--no-color on a terminal', false, {}, true, false],
    ['FORCE_COLOR=1 through a pipe', undefined, { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=3 over NO_COLOR', undefined, { FORCE_COLOR: '3', NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, false],
    ['--no-color over FORCE_COLOR=1', false, { FORCE_COLOR: '1' }, false, false],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, false],
    ['a terminal', undefined, {}, true, true],
    ['a pipe', undefined, {}, false, false],
  ] as const)('%s', (_name, flag, env, isTTY, expected) => {
    expect(useColor(flag, env, { isTTY })).toBe(expected);
  });

  it.each([
    ['parse -f table --color', ['parse', '-f', 'table', '--color', SEED], {}],
    ['parse -f table with FORCE_COLOR=1', ['parse', '-f', 'table', SEED], { FORCE_COLOR: '1' }],
    ['validate --color', ['validate', '--color', WITH_WARNING], {}],
    ['validate with FORCE_COLOR=2', ['validate', WITH_WARNING], { FORCE_COLOR: '2' }],
  ])('%s colours a pipe', async (_name, argv, env) => {
    expect((await runCli(argv, undefined, { env })).stdout).toMatch(ANSI);
  });

  it('--no-color and FORCE_COLOR=0 keep a terminal plain', async () => {
    expect((await runCli(['parse', '-f', 'table', '--no-color', SEED], undefined, { isTTY: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(['validate', WITH_WARNING], undefined, { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
  });
});

describe('--quiet', () => {
  it('parse -q: no warning on stderr, errors still', async () => {
    expect((await runCli(['parse', '-'], '绩效目标表\n')).stderr).toMatch(/no-indicators/);
    expect((await runCli(['parse', '-q', '-'], '绩效目标表\n')).stderr).toBe('');
    expect((await runCli(['parse', '-q', 'no/such.txt'])).stderr).toMatch(/^no\/such\.txt:0:1 {2}error {2}Cannot read/);
  });

  it('validate -q: errors only, no summary line', async () => {
    const loud = await runCli(['validate', WITH_WARNING]);
    expect(loud.stdout).toMatch(/warning[^]*✖ 1 problem/);
    const quiet = await runCli(['validate', '-q', WITH_WARNING]);
    expect([quiet.stdout, quiet.stderr, quiet.code]).toEqual(['', '', 0]);
    expect((await runCli(['validate', '-q', WITH_WARNING, 'no/such.txt'])).stdout).toBe('no/such.txt:0:1  error  Cannot read: no such file  unreadable\n');
  });
});

describe('validate -o', () => {
  it('writes the report to the file, exactly what stdout shows, and nothing to stdout', async () => {
    const out = join(tmp, 'report.json');
    const piped = await runCli(['validate', '-f', 'json', WITH_WARNING]);
    const r = await runCli(['validate', '-f', 'json', '-o', out, WITH_WARNING]);
    expect([r.stdout, r.code]).toEqual(['', 0]);
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
  });

  it('refuses to write over an input, which stays unchanged', async () => {
    const input = join(tmp, 'in.txt');
    writeFileSync(input, readFileSync(SEED));
    const r = await runCli(['validate', '-o', input, input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cannot write the output over an input/);
    expect(readFileSync(input)).toEqual(readFileSync(SEED));
  });

  it('a folder that cannot be written: one line, exit 2', async () => {
    const r = await runCli(['validate', '-o', '/nonexistent/dir/r.txt', SEED]);
    expect([r.stderr, r.code]).toEqual(['/nonexistent/dir/r.txt:0:1  error  Cannot write: no such directory  unwritable\n', 2]);
  });
});

describe('Chinese', () => {
  it.each([
    ['--lang zh-CN', ['--lang', 'zh-CN'], {}],
    ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }],
    ['LC_MESSAGES=zh_CN.UTF-8', [], { LC_MESSAGES: 'zh_CN.UTF-8' }],
  ])('%s: parse and validate speak Chinese on stderr and in the report', async (_name, flag, env) => {
    const parse = await runCli(['parse', ...flag, '-', 'no/such.txt'], '绩效目标表\n', { env });
    expect(parse.stderr).toBe('-:0:1  警告  此文档中没有找到任何指标（CSV 中没有它的行）  no-indicators\nno/such.txt:0:1  错误  无法读取：文件不存在  unreadable\n');
    const text = await runCli(['validate', ...flag, WITH_WARNING], undefined, { env });
    expect(text.stdout).toMatch(/:14:1 {2}警告 {2}含数字的行未读入任何指标、预算或得分[^]*✖ 共 1 个问题（0 个错误，1 个警告）/);
    const json = JSON.parse((await runCli(['validate', '-f', 'json', ...flag, WITH_WARNING], undefined, { env })).stdout) as { findings: { code: string; message: string }[] }[];
    // Every code the catalogue knows is said in Chinese (the parser's rarer notes are not all in it yet).
    const known = json[0]?.findings.filter((f) => f.code in CATALOGUE) ?? [];
    expect(known.length).toBeGreaterThan(0);
    expect(known.filter((f) => !CJK.test(f.message.replace(/“.*”/, '')))).toEqual([]);
    expect((await runCli(['validate', '-f', 'github', ...flag, WITH_WARNING], undefined, { env })).stdout).toMatch(/::warning [^:]*::含数字的行/);
    expect((await runCli(['parse', '-f', 'table', ...flag, SEED], undefined, { env })).stdout).toMatch(/指标名称/);
  });

  it('English otherwise, and --lang en wins over the locale', async () => {
    const r = await runCli(['validate', '--lang', 'en', WITH_WARNING], undefined, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toMatch(/warning {2}Row holds a number/);
    expect((await runCli(['parse', '--lang', 'fr', SEED])).code).toBe(2);
  });

  it('data in the JSON of parse stays English', async () => {
    const r = await runCli(['parse', '--lang', 'zh-CN', WITH_WARNING]);
    expect(r.stdout).toMatch(/"message": "Row holds a number/);
  });
});

describe('the first thing a person sees', () => {
  it('parse with no -f prints the table on a terminal', async () => {
    const r = await runCli(['parse', SEED], undefined, { isTTY: true, env: { NO_COLOR: '1' } });
    expect(r.stdout.startsWith(`${SEED}  `)).toBe(true);
  });

  it('and JSON through a pipe or into -o FILE', async () => {
    expect(JSON.parse((await runCli(['parse', SEED])).stdout)).toHaveLength(1);
    const out = join(tmp, 'first.json');
    await runCli(['parse', '-o', out, SEED], undefined, { isTTY: true, env: {} });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
  });
});

describe('columns', () => {
  it('an unparsed row points at its first digit', async () => {
    const lines = readFileSync(WITH_WARNING, 'utf8').split('\n');
    lines[13] = '\t\t' + lines[13];
    const path = join(tmp, 'shifted.txt');
    writeFileSync(path, lines.join('\n'));
    const r = await runCli(['validate', '-f', 'json', path]);
    const finding = (JSON.parse(r.stdout) as { findings: { code: string; line: number; column: number }[] }[])[0]?.findings.find((f) => f.code === 'unparsed-row');
    expect(finding).toMatchObject({ line: 14, column: [...lines[13]!].findIndex((c) => /\d/.test(c)) + 1 });
    expect(finding?.column).toBeGreaterThan(1);
    expect((await runCli(['validate', path])).stdout).toMatch(new RegExp(`:14:${finding?.column} `));
  });
});
