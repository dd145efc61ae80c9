// `parse -f xlsx` read back by a real spreadsheet reader (openpyxl, not the library that wrote it): four sheets,
// numbers as numbers, units in their own columns, the header row frozen and filtered, sensible widths.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { columnLetter } from '../../src/write/xlsx.js';
import { runCli } from '../helpers/run-cli.js';

// Debian's python3 with python3-openpyxl; .ci/run installs it.
const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
if (!hasOpenpyxl && process.env.CI) throw new Error('CI needs /usr/bin/python3 with openpyxl (apt-get install python3-openpyxl) to check the workbook');

const SEEDS = ['000_94c012d1e06f7b6d', '001_98a5634400e74046', '002_203a48228822a7e9', '003_1b846bb66b8a451a', '004_c58b0c46542c9df7'].map((s) => `seeds/${s}.txt`);
const dir = mkdtempSync(join(tmpdir(), 'gzperf-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READ = `
import json, sys, warnings
warnings.simplefilter('ignore')
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,
        'widths': [ws.column_dimensions[c.column_letter].width for c in ws[1]],
        'rows': [[c.value for c in row] for row in ws.iter_rows()],
    }
print(json.dumps(out, ensure_ascii=False))
`;

interface Sheet {
  freeze: string;
  filter: string;
  widths: number[];
  rows: (string | number | null)[][];
}

describe.skipIf(!hasOpenpyxl)('parse -f xlsx, opened by openpyxl', async () => {
  const file = join(dir, 'seeds.xlsx');
  const run = await runCli(['parse', ...SEEDS, '-f', 'xlsx', '-o', file]);
  const docs = JSON.parse((await runCli(['parse', ...SEEDS])).stdout) as ParsedDocument[];
  const book = JSON.parse(execFileSync(PYTHON, ['-c', READ, file], { encoding: 'utf8' })) as Record<string, Sheet>;
  const records = (sheet: Sheet) => sheet.rows.slice(1).map((row) => Object.fromEntries(sheet.rows[0]!.map((h, i) => [h, row[i]])));

  it('writes four sheets, each with a frozen, filtered header row', () => {
    expect(run.code).toBe(0);
    expect(Object.keys(book)).toEqual(['indicators', 'budget', 'documents', 'diagnostics']);
    for (const sheet of Object.values(book)) {
      expect(sheet.freeze).toBe('A2');
      expect(sheet.filter).toBe(`A1:${columnLetter(sheet.rows[0]!.length - 1)}${sheet.rows.length}`);
      expect(Math.min(...sheet.widths)).toBeGreaterThanOrEqual(6);
    }
  });

  it('has every indicator with numbers as numbers, units apart, and the detail column', () => {
    const all = docs.flatMap((d) => d.indicators);
    const rows = records(book.indicators!);
    expect(rows).toHaveLength(all.length);
    // An empty text is an empty cell, which a reader gives back as None.
    const text = (v: unknown) => (v === '' || v === undefined ? null : v);
    all.forEach((indicator, k) => {
      expect(text(rows[k]!.name)).toBe(text(indicator.name));
      expect(rows[k]!.target_value ?? undefined).toBe(indicator.target?.value);
      expect(text(rows[k]!.target_unit)).toBe(text(indicator.target?.unit));
      expect(text(rows[k]!.detail)).toBe(text(indicator.detail));
    });
    expect(rows.some((r) => typeof r.target_value === 'number' && r.target_value > 1e8)).toBe(true);
  });

  it('has the budget figures and one row of facts per document', () => {
    const budget = records(book.budget!);
    expect(budget).toHaveLength(docs.flatMap((d) => d.budget).length);
    expect(budget.every((b) => b.amount_value === null || typeof b.amount_value === 'number')).toBe(true);
    const facts = records(book.documents!);
    expect(facts.map((f) => [f.path, f.title, f.total ?? null, f.grade ?? null])).toEqual(docs.map((d) => [d.source.path, d.document.title, d.scores?.total ?? null, d.scores?.grade ?? null]));
    expect(records(book.diagnostics!)).toHaveLength(docs.flatMap((d) => d.diagnostics).length);
  });

  it('is a zip workbook, not text, and is refused on a terminal', async () => {
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    const tty = await runCli(['parse', SEEDS[0]!, '-f', 'xlsx'], undefined, { isTTY: true });
    expect([tty.code, tty.stdout]).toEqual([2, '']);
    expect(tty.stderr).toContain('-o FILE.xlsx');
  });
});
