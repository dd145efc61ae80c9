// The GitHub Action in action.yml, run the way a runner runs a composite action: each step's shell script in
// order, with GITHUB_ACTION_PATH at a clean copy of this repository and the inputs in the step's env.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const ROOT = resolve('.');
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const work = mkdtempSync(join(tmpdir(), 'gzperf-action-'));

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** The repository as a checkout has it: tracked files only (no node_modules, no dist). */
function checkout(): string {
  const dir = join(work, 'gzperf');
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

/** `${{ inputs.x }}` as the runner fills it in: the given value, else the input's default. */
function fill(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => inputs[name] ?? action.inputs[name]?.default ?? '');
}

/** Runs the steps in order; `from` skips the ones before it (the install, on a second run in the same checkout). */
function runAction(inputs: Record<string, string>, workspace: string, actionPath: string, from = 0): { code: number; stdout: string } {
  let stdout = '';
  for (const step of action.runs.steps.slice(from)) {
    if (step.uses) throw new Error(`step ${step.name} uses ${step.uses}; this test runs only shell steps`);
    const env = { ...process.env, GITHUB_ACTION_PATH: actionPath, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(v, inputs)])) };
    const r = spawnSync(step.shell ?? 'bash', ['-e', '-c', fill(step.run ?? '', inputs)], { cwd: workspace, env, encoding: 'utf8', timeout: 300_000 });
    stdout += r.stdout;
    if (r.status !== 0) return { code: r.status ?? -1, stdout };
  }
  return { code: 0, stdout };
}

describe('action.yml', () => {
  it('is a composite action whose inputs name what to check', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.files?.required).toBe(true);
  });

  it('installs gzperf from its checkout and annotates a doctored report, failing the check', () => {
    const actionPath = checkout();
    const workspace = join(work, 'reports-repo');
    mkdirSync(join(workspace, 'reports', 'y2023'), { recursive: true });
    const seed = readFileSync(join(ROOT, 'seeds/003_1b846bb66b8a451a.txt'), 'utf8');
    writeFileSync(join(workspace, 'reports', 'good.txt'), seed);
    // The stated total no longer matches the item scores.
    writeFileSync(join(workspace, 'reports', 'y2023', 'bad.txt'), seed.replace('总分\t100\t\t\t\t\t\t99.96', '总分\t100\t\t\t\t\t\t89.96'));
    const r = runAction({ files: 'reports/**/*.txt' }, workspace, actionPath);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=reports\/y2023\/bad\.txt,line=41,title=score-sum-mismatch::/m);
    expect(r.stdout).not.toMatch(/::error file=reports\/good\.txt/);
    // --max-warnings reaches gzperf: the good report's one warning is now too many.
    const validate = action.runs.steps.findIndex((step) => step.run?.includes(' validate '));
    const strict = runAction({ files: 'reports/good.txt', 'max-warnings': '0' }, workspace, actionPath, validate);
    expect(strict.code).toBe(1);
    expect(runAction({ files: 'reports/good.txt' }, workspace, actionPath, validate).code).toBe(0);
  }, 400_000);
});
