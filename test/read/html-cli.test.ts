// End to end through the CLI: a web page is read by the page reader whatever its name or line layout.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/schema.js';
import { runCli } from '../helpers/run-cli.js';

const PAGE = readFileSync(new URL('../../fixtures/html-page-word-export/input.html', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'gzperf-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function parseFile(name: string, bytes: Uint8Array): Promise<ParsedDocument> {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  const result = await runCli(['parse', '--format', 'json', path]);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as ParsedDocument[])[0]!;
}

const facts = (doc: ParsedDocument) => ({
  form: doc.document.form,
  encoding: doc.source.encoding,
  total: doc.scores?.total,
  indicators: doc.indicators.map((i) => [i.name, i.target?.raw, i.achieved?.raw, i.score?.got]),
});

describe('a web page through the CLI', () => {
  it('is read as a page under its own name, saved as .txt, and on one line', async () => {
    const page = facts(await parseFile('page.html', PAGE));
    expect(page).toMatchObject({ form: 'html', encoding: 'gbk', total: 96.75 });
    expect(page.indicators).toHaveLength(4);
    expect(facts(await parseFile('page.txt', PAGE))).toEqual(page);
    // Newlines between tags removed: the layout min.html pages have.
    const oneLine = Buffer.from(PAGE.toString('latin1').replace(/>\s*\n\s*</g, '><').replace(/\n/g, ''), 'latin1');
    expect(facts(await parseFile('page.min.html', oneLine))).toEqual(page);
  });

  it('keeps text with HTML in its TAB cells on the text path', async () => {
    const doc = await parseFile('cells.txt', Buffer.from('某县2024年度项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n<p>产出指标</p>\t<p>数量指标</p>\t<p>培训人次</p>\t<p>&ge;150人次</p>\n', 'utf8'));
    expect(doc.document.form).toBe('text');
    expect(doc.indicators[0]).toMatchObject({ name: '培训人次', target: { op: 'gte', value: 150 } });
  });
});
