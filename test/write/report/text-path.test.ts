// The text path on the seeds: every value is linked to the cell of its own line that holds it.
//   seed 001 line 150 '65%左右' → link { cell: 'c150.2', ref: 'i0.target' }, and that cell's text holds the raw
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse.js';
import { decodeBytes } from '../../../src/read/decode.js';
import { textSource } from '../../../src/write/report/source-text.js';
import { docView } from '../../../src/write/report/view.js';
import type { SourceCell } from '../../../src/write/report/types.js';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`);
const norm = (s: string): string => s.replace(/\s+/g, '');

function seedView(path: string) {
  const bytes = readFileSync(path);
  const doc = parseDocument(bytes, { path });
  const view = docView(doc, textSource(decodeBytes(bytes).text), (x) => `l${x.line}`);
  const cells = new Map<string, SourceCell & { row: string }>();
  for (const b of view.source.blocks) {
    if (b.t === 'grid') for (const r of b.rows) for (const c of r.cells) cells.set(c.id, { ...c, row: r.anchor });
    else cells.set(b.cell, { id: b.cell, text: b.text, row: b.anchor });
  }
  return { doc, view, cells };
}

describe.each(SEEDS)('%s', (path) => {
  const { doc, view, cells } = seedView(path);
  // A value spelled across cells has one link to each.
  const links = new Map<string, string[]>();
  for (const l of view.links) links.set(l.ref, [...(links.get(l.ref) ?? []), l.cell]);

  it('links each name, target, achieved value and score to a cell on its own line that holds its text', () => {
    let wanted = 0;
    let found = 0;
    doc.indicators.forEach((ind, n) => {
      const values = { name: ind.name, target: ind.target?.raw, achieved: ind.achieved?.raw, max: ind.score?.max, got: ind.score?.got };
      for (const [field, value] of Object.entries(values)) {
        if (value === undefined || value === null || value === '') continue;
        const raw = String(value);
        wanted++;
        const ids = links.get(`i${n}.${field}`);
        if (!ids) continue;
        found++;
        const linked = ids.map((id) => cells.get(id)!);
        expect(norm(linked.map((c) => c.text).join('')), `${field} of #${n + 1} in ${ids.join(' ')}`).toContain(norm(raw));
        for (const cell of linked) expect(Number(cell.row.slice(1)) - ind.line, `${cell.id} is on line ${ind.line} or just below`).toBeOneOf([0, 1, 2]);
      }
    });
    expect(wanted).toBeGreaterThan(0);
    // A value the interpreter composed (a cell joined across a broken row) may not stand whole in one cell.
    expect(found / wanted).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps target and achieved of one row apart when both are written alike', () => {
    doc.indicators.forEach((ind, n) => {
      const [t, a] = [links.get(`i${n}.target`), links.get(`i${n}.achieved`)];
      if (t && a && ind.target?.raw !== ind.achieved?.raw) expect(t).not.toEqual(a);
    });
  });

  it('places every finding with a line beside that line, when the line is shown', () => {
    for (const f of view.findings) {
      if (f.line === 0) expect(f.anchor).toBeNull();
      else if (f.anchor !== null) expect(f.anchor).toBe(`l${f.line}`);
    }
  });
});

it('shows a row broken over two lines as one row, and the line it continued on as joined', () => {
  const text = '序号\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n1\t产出指标\t数量指标\t监测站点\n运维数量\t12个\t12个\t10\t10\t\n';
  const source = textSource(text);
  const grid = source.blocks[0];
  expect(grid?.t === 'grid' && grid.rows.map((r) => r.no)).toEqual([1, 2]);
  expect(source.blocks[1]).toMatchObject({ t: 'text', no: 3, joined: true, text: '运维数量\t12个\t12个\t10\t10' });
});

it('links a value spelled across cells to each of them, and a group to its cell in a table above', () => {
  const text = '某单位2022年项目支出绩效自评表\n\n项目名称\t义务教育营养改善计划专项资金\n主管部门\t某县教育局\n\n' +
    '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\n产出指标\t数量指标\t学生受资助人数\t≧\t735\t人次\t735\t10\t10\n';
  const doc = parseDocument(text, { path: 'composed.txt' });
  expect(doc.indicators[0]).toMatchObject({ group: '义务教育营养改善计划专项资金', target: { raw: '≧735人次' }, achieved: { raw: '735' }, line: 7 });
  const view = docView(doc, textSource(text), (x) => `l${x.line}`);
  const cells = (ref: string): string[] => view.links.filter((l) => l.ref === ref).map((l) => l.cell);
  expect(cells('i0.target')).toEqual(['c7.3', 'c7.4', 'c7.5']);
  expect(cells('i0.achieved')).toEqual(['c7.6']);
  expect(cells('i0.group')).toEqual(['c3.1']);
  expect(cells('i0.category0')).toEqual(['c7.0']);
  expect(cells('i0.got')).toEqual(['c7.8']);
});

it('links nearly every target and achieved value of the held-out documents, each to cells that spell it', () => {
  const files = readdirSync('eval')
    .filter((d) => d.startsWith('heldout'))
    .flatMap((d) => readdirSync(`eval/${d}`).filter((f) => f.endsWith('.txt')).map((f) => `eval/${d}/${f}`));
  let [wanted, found] = [0, 0];
  for (const path of files) {
    const { doc, view, cells } = seedView(path);
    const links = new Map<string, string[]>();
    for (const l of view.links) links.set(l.ref, [...(links.get(l.ref) ?? []), l.cell]);
    doc.indicators.forEach((ind, n) => {
      for (const field of ['target', 'achieved'] as const) {
        const raw = ind[field]?.raw;
        if (!raw) continue;
        wanted++;
        const ids = links.get(`i${n}.${field}`);
        if (!ids) continue;
        found++;
        expect(norm(ids.map((id) => cells.get(id)!.text).join('')), `${path} #${n + 1} ${field}`).toContain(norm(raw));
      }
    });
  }
  expect(files.length).toBeGreaterThan(100);
  // Measured: 2,811 of 2,832 (99.3%); the rest are values the interpreter composed from text in several places.
  expect(found / wanted).toBeGreaterThanOrEqual(0.97);
});
