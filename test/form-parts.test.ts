// Several forms in one file (issue 13 item 7): one document per input file by default (SPEC §3), with a
// `several-forms` note and each form's project as the indicators' group; with splitForms / --split-forms one
// document per form, each with its own facts and total; validate and report always check form by form. A target
// form followed by its own self-evaluation, a running page title and a multi-project table are one form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

const FILE = 'fixtures/several-forms-own-facts/input.txt';
const text = readFileSync(FILE, 'utf8');

describe('several forms in one file', () => {
  it('parse() gives one document for the file and names the forms it holds', async () => {
    const docs = await parse(readFileSync(FILE), { path: FILE });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.document.part).toBeUndefined();
    expect(docs[0]!.indicators.map((i) => i.line)).toEqual([5, 6, 14, 15]);
    expect(docs[0]!.diagnostics).toContainEqual(expect.objectContaining({ code: 'several-forms', line: 10 }));
  });

  it('parse() with splitForms gives one document per form, each with its own department, year, total and grade', async () => {
    const docs = await parse(readFileSync(FILE), { path: FILE, splitForms: true });
    expect(docs.map((d) => [d.document.part, d.document.department, d.document.year, d.scores?.total, d.scores?.grade])).toEqual([
      [1, '某县教育局', 2023, 98.5, '优'],
      [2, '某县卫生健康委员会', 2024, 95, '优'],
    ]);
    expect(docs.map((d) => d.indicators.map((i) => [i.name, i.line]))).toEqual([
      [['受益学生人数', 5], ['家长满意度', 6]],
      [['建档人数', 14], ['慢病规范管理率', 15]],
    ]);
    expect(new Set(docs.map((d) => JSON.stringify(d.source))).size).toBe(1);
    for (const d of docs) expect(d.diagnostics.map((x) => x.code)).not.toContain('several-totals');
  });

  it('parseDocument reads the file as one document and names the forms it holds', () => {
    const doc = parseDocument(text, { path: FILE });
    expect(doc.document.part).toBeUndefined();
    expect(doc.indicators).toHaveLength(4);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', code: 'several-forms', line: 10, message: expect.stringContaining('lines 1–9, lines 10–17') }));
  });

  it.each([
    ['a target form followed by its own self-evaluation', 'fixtures/target-form-then-self-evaluation/input.txt'],
    ['several projects in one table set', 'fixtures/several-projects-in-one-file/input.txt'],
    ['a title repeated at the top of the next page', 'eval/heldout12/115_hainan-provincial-plantprotection-project-target-pdfclean.txt'],
    ['a target form and its self-evaluation as 附件1 / 附件2', 'eval/heldout11/104_hubei-county-farmland-project-target-plus-selfeval.txt'],
  ])('%s stays one document', async (_name, path) => {
    const docs = await parse(readFileSync(path), { path, splitForms: true });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.document.part).toBeUndefined();
    expect(docs[0]!.diagnostics.map((d) => d.code)).not.toContain('several-forms');
  });

  it('the same text with one title is one form', async () => {
    const one = text.replace('某县卫生健康委员会2024年度项目支出绩效自评表', '');
    expect(await parse(one, { path: FILE, splitForms: true })).toHaveLength(1);
  });
});

describe('several forms through the CLI', () => {
  it('gives one document per file, with every form\'s indicators', async () => {
    const json = JSON.parse((await runCli(['parse', FILE])).stdout) as { document: { part?: number }; indicators: unknown[] }[];
    expect(json.map((d) => [d.document.part, d.indicators.length])).toEqual([[undefined, 4]]);
  });

  it('--split-forms: json and ndjson give both documents in file order', async () => {
    const json = JSON.parse((await runCli(['parse', '--split-forms', FILE])).stdout) as { document: { part?: number; year: number } }[];
    expect(json.map((d) => [d.document.part, d.document.year])).toEqual([[1, 2023], [2, 2024]]);
    const ndjson = (await runCli(['parse', '--split-forms', '-f', 'ndjson', FILE])).stdout.trim().split('\n');
    expect(ndjson.map((l) => (JSON.parse(l) as { document: { part?: number } }).document.part)).toEqual([1, 2]);
  });

  it('--split-forms: csv gives every form its own department and year', async () => {
    const rows = (await runCli(['parse', '--split-forms', '-f', 'csv', FILE])).stdout.replace(/^\uFEFF/, '').trim().split('\n').slice(1);
    expect(rows.map((r) => r.split(',').slice(2, 4).join(' '))).toEqual(['某县教育局 2023', '某县教育局 2023', '某县卫生健康委员会 2024', '某县卫生健康委员会 2024']);
  });

  it('validate checks each form against its own total', async () => {
    const clean = await runCli(['validate', '-f', 'json', '-'], text);
    expect(clean.code).toBe(0);
    const broken = await runCli(['validate', '-f', 'json', '-'], text.replace(/^(总分\t+100\t)95$/m, '$196'));
    expect(broken.code).toBe(1);
    const [report] = JSON.parse(broken.stdout) as { findings: { code: string; line: number; message: string }[] }[];
    expect(report!.findings.filter((f) => f.code === 'score-sum-mismatch')).toEqual([
      expect.objectContaining({ line: 16, message: expect.stringContaining('expected 95') }),
    ]);
  });
});
