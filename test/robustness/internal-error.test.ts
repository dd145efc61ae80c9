// Issue 5, an unexpected internal error: the parser throwing on one file (simulated by mocking parse.js)
// prints one line naming that file and asking for a report, no stack trace, and the batch goes on.
import { describe, expect, it, vi } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'seeds/000_94c012d1e06f7b6d.txt';
const BOOM = 'seeds/001_98a5634400e74046.txt';
const SEED2 = 'seeds/003_1b846bb66b8a451a.txt';
const REASON = "Cannot read properties of undefined (reading 'cells')";

vi.mock('../../src/parse.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/parse.js')>();
  return {
    ...real,
    parse: async (...args: Parameters<typeof real.parse>) => {
      if (args[1]?.path === BOOM) throw new TypeError(REASON);
      return real.parse(...args);
    },
  };
});

const MESSAGE = `${BOOM}:0:1  error  Internal error (${REASON}); please report it with this file  internal`;

describe('an internal error on one file', () => {
  it('parse: one line for that file, the others printed, exit 2', async () => {
    const r = await runCli(['parse', SEED, BOOM, SEED2]);
    expect(r.stderr).toBe(`${MESSAGE}\n`);
    expect((JSON.parse(r.stdout) as ParsedDocument[]).map((d) => d.source.path)).toEqual([SEED, SEED2]);
    expect(r.code).toBe(2);
  });

  it('validate: an internal finding for that file, the others checked, exit 2', async () => {
    const r = await runCli(['validate', SEED, BOOM, SEED2]);
    expect(r.stdout).toContain(MESSAGE);
    expect(r.stdout).not.toMatch(/^\s+at /m);
    expect([r.stderr, r.code]).toEqual(['', 2]);
  });
});
