// Issue 5, spreadsheet safety end to end: indicator names that a spreadsheet would run as formulas come
// out of `gzperf parse -f csv` prefixed with ' , while numeric cells stay unquoted numbers.
import { parse } from 'csv-parse/sync';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { CSV_COLUMNS } from '../../src/write/csv.js';
import { runCli } from '../helpers/run-cli.js';

const NAMES = ['=HYPERLINK("http://x","y")', '+SUM(1,2)', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1:A9)'];
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const path = join(tmp, 'formulas.txt');
writeFileSync(
  path,
  [
    '2023年度某项目支出绩效自评表',
    '三级指标\t年度指标值\t实际完成值\t分值\t得分',
    ...NAMES.map((name, i) => `${name}\t≥${5 + i}家\t${6 + i}家\t10\t9.5`),
  ].join('\n'),
);

interface Field {
  value: string;
  quoted: boolean;
}

/** CSV rows with, for each field, whether it was written in quotes. */
function fields(text: string): Field[][] {
  return parse(text, { bom: true, cast: (value, context) => ({ value, quoted: context.quoting }) as unknown as string }) as unknown as Field[][];
}

describe('parse -f csv on names that look like formulas', async () => {
  const r = await runCli(['parse', '-f', 'csv', path]);
  const [header, ...rows] = fields(r.stdout);
  const col = (name: string): number => CSV_COLUMNS.indexOf(name);

  it('writes one row per indicator, exit 0', () => {
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(header?.map((f) => f.value)).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(NAMES.length);
    // The quote detection itself works: this cell holds quotes and commas, so RFC 4180 quotes it.
    expect(rows[0]?.[col('name')]?.quoted).toBe(true);
  });

  it.each(NAMES.map((name, i) => [name, i] as const))('%s starts with a quote mark', (name, i) => {
    const cell = rows[i]?.[col('name')]?.value;
    expect(cell).toBe(`'${name}`);
  });

  it('keeps the names as written in json', async () => {
    const json = JSON.parse((await runCli(['parse', path])).stdout) as ParsedDocument[];
    expect(json[0]?.indicators.map((i) => i.name)).toEqual(NAMES);
  });

  it.each(['target_value', 'achieved_value', 'score_max', 'score_got', 'year', 'line'])('%s is an unquoted number', (name) => {
    for (const row of rows) {
      const cell = row[col(name)];
      expect(cell?.value).toMatch(/^\d+(?:\.\d+)?$/);
      expect(cell?.quoted).toBe(false);
    }
  });
});
