// The review page of a page or attachment (the document model) in headless Chromium: its table drawn with merged
// cells, values and merged class labels linked both ways, findings beside the rows they name.
//   form.docx (a constructed Word model) → '#d0', click 'i1.category0' → the 产出指标 cell spanning two rows
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { FAKE_DOCX_BYTES, FAKE_DOCX_READER } from '../write/report/model-doc.js';
import { pageSession } from './session.js';

// A Word document's model, as a reader gives it (the Word reader is another helper's work).
vi.mock('../../src/read/forms.js', async (original) => ({ ...(await original<object>()), readerFor: async () => FAKE_DOCX_READER }));

const s = pageSession();

s.suite('a page or attachment (the document model) in headless Chromium', () => {
  it('draws its table with spans, links values and merged class labels both ways, and notes findings by row', async () => {
    const input = join(s.tmp, 'form.docx');
    writeFileSync(input, FAKE_DOCX_BYTES);
    const out = join(s.tmp, 'model.html');
    const r = await runCli(['report', input, '-o', out, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    const { page, errors, requests } = await s.open(out, '#d0');
    expect(await page.$eval('[data-cell="t1.1.0"]', (td) => [td.getAttribute('rowspan'), td.className])).toEqual(['2', 'fed']);
    expect(await page.$eval('[data-cell="t1.4.0"]', (td) => td.getAttribute('colspan'))).toBe('5');
    expect(await page.$eval('[data-cell="t1.0.3"]', (td) => td.className)).toBe('head');
    await page.click('#indicators [data-ref="i1.category0"]');
    expect(await page.$eval('#source .selected', (el) => el.id)).toBe('s-t1.1.0');
    await page.click('#inspector .close');
    await page.click('[data-cell="t1.2.3"]');
    const said = await page.$eval('#inspector-refs', (el) => el.textContent ?? '');
    expect(said).toContain('培训合格率');
    expect(said).toContain('≥95%');
    expect(await page.$('#a-t1r5 .note[data-code="score-sum-mismatch"]')).not.toBeNull();
    expect(await page.$('#a-t1r3 .note[data-code="not-met-unexplained"]')).not.toBeNull();
    expect(await page.$('.check.failed[data-check="score"]')).not.toBeNull();
    expect(await page.$eval('#indicators h3', (el) => el.textContent)).toBe('绩效指标 (3)');
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
