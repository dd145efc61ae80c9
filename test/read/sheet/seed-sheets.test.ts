// End to end: the five seeds as LibreOffice saves them in Excel (fixtures/seed-sheets, made by
// ../shared/tools/mkformats.sh) read through parse() and the CLI score as their text does against the same gold.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';
import { emptyTally, scoreDocument, type Gold } from '../../helpers/gold-score.js';
import { runCli } from '../../helpers/run-cli.js';

const goldDir = new URL('../../../fixtures/seeds-gold/', import.meta.url);
const sheets = new URL('../../../fixtures/seed-sheets/', import.meta.url);
const golds = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), 'utf8')) as Gold);

describe.each(['xlsx', 'xls'] as const)('the seeds as .%s', (ext) => {
  const docs = Promise.all(
    golds.map(async (gold) => {
      const name = gold.doc.replace(/\.txt$/, `.${ext}`);
      const parsed = await parse(readFileSync(new URL(name, sheets)), { path: name });
      expect(parsed).toHaveLength(1);
      return { gold, doc: parsed[0]! };
    }),
  );

  it('scores within a point of the text: every indicator, every field, every fact', async () => {
    const tally = emptyTally();
    for (const { gold, doc } of await docs) scoreDocument(gold, doc, tally);
    expect(tally.matched / tally.gold, tally.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(tally.matched / tally.output, tally.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(tally.fieldsOk / tally.fields, tally.wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(tally.wrong.filter((w) => w.includes('fact'))).toEqual([]);
  });

  it('says the form and where each indicator sits: sheet and row (and table, for a table row)', async () => {
    let inTables = 0;
    for (const { doc } of await docs) {
      expect(doc.document.form).toBe(ext);
      expect(doc.source.encoding).toBe(ext);
      for (const i of doc.indicators) {
        expect(i.where).toMatchObject({ sheet: 'Sheet1', row: expect.any(Number) });
        if (i.where?.table !== undefined) inTables++;
      }
    }
    expect(inTables).toBeGreaterThan(250);
  });
});

describe('the CLI on workbooks', () => {
  it('reads a .xlsx and a .xls beside a text file, with no message', async () => {
    const base = 'fixtures/seed-sheets/003_1b846bb66b8a451a';
    const { code, stdout, stderr } = await runCli(['parse', `${base}.xlsx`, `${base}.xls`, 'seeds/003_1b846bb66b8a451a.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [xlsx, xls, text] = JSON.parse(stdout) as { indicators: { name: string; target: unknown; score: unknown }[] }[];
    const strip = (d: typeof text) => d!.indicators.map((i) => [i.name, i.target, i.score]);
    expect(strip(xlsx)).toEqual(strip(text));
    expect(strip(xls)).toEqual(strip(text));
  });
});
