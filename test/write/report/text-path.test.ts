// The text path on the seeds: every value is linked to the cell of its own line that holds it.
//   seed 001 line 150 '65%左右' → link { cell: 'c150.2', ref: 'i0.target' }, and that cell's text holds the raw
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse.js';
import { textSource } from '../../../src/write/report/source-text.js';
import { docView } from '../../../src/write/report/view.js';
import type { SourceCell } from '../../../src/write/report/types.js';

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => `seeds/${f}`);
const norm = (s: string): string => s.replace(/\s+/g, '');

function seedView(path: string) {
  const bytes = readFileSync(path);
  const doc = parseDocument(bytes, { path });
  const view = docView(doc, textSource(bytes.toString('utf8')), (x) => `l${x.line}`);
  const cells = new Map<string, SourceCell & { row: string }>();
  for (const b of view.source.blocks) {
    if (b.t === 'grid') for (const r of b.rows) for (const c of r.cells) cells.set(c.id, { ...c, row: r.anchor });
    else cells.set(b.cell, { id: b.cell, text: b.text, row: b.anchor });
  }
  return { doc, view, cells };
}

describe.each(SEEDS)('%s', (path) => {
  const { doc, view, cells } = seedView(path);
  const links = new Map(view.links.map((l) => [l.ref, l.cell]));

  it('links each name, target, achieved value and score to a cell on its own line that holds its text', () => {
    let wanted = 0;
    let found = 0;
    doc.indicators.forEach((ind, n) => {
      const values = { name: ind.name, target: ind.target?.raw, achieved: ind.achieved?.raw, max: ind.score?.max, got: ind.score?.got };
      for (const [field, value] of Object.entries(values)) {
        if (value === undefined || value === null || value === '') continue;
        const raw = String(value);
        wanted++;
        const id = links.get(`i${n}.${field}`);
        if (!id) continue;
        found++;
        const cell = cells.get(id)!;
        expect(norm(cell.text), `${field} of #${n + 1} in ${id}`).toContain(norm(raw));
        expect(cell.row === `l${ind.line}` || Number(cell.row.slice(1)) - ind.line <= 2, `${id} is on line ${ind.line}`).toBe(true);
      }
    });
    expect(wanted).toBeGreaterThan(0);
    // A value the interpreter composed (a cell joined across a broken row) may not stand whole in one cell.
    expect(found / wanted).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps target and achieved of one row apart when both are written alike', () => {
    doc.indicators.forEach((ind, n) => {
      const [t, a] = [links.get(`i${n}.target`), links.get(`i${n}.achieved`)];
      if (t && a && ind.line && ind.target?.raw !== ind.achieved?.raw) expect(t).not.toBe(a);
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
