// The model path (pages and attachments): values located by `where` (table, row), then the cell holding the raw;
// spans kept; findings beside the row they name. The model is built here, as a Word reader would give it.
//   MODEL_DOC table 1 row 2 '≥150人次' → link { cell: 't1.1.3', ref: 'i0.target' }; 总分 27 ≠ 28 → note at t1r5
import { describe, expect, it, vi } from 'vitest';
import { FAKE_DOCX_BYTES, FAKE_DOCX_READER, MODEL_DOC } from './model-doc.js';

// parse() and `report` find the form's reader through readerFor; the Word reader is another helper's work.
vi.mock('../../../src/read/forms.js', async (original) => ({ ...(await original<object>()), readerFor: async () => FAKE_DOCX_READER }));

const { parse } = await import('../../../src/parse.js');
const { modelSource } = await import('../../../src/write/report/source-model.js');
const { docView } = await import('../../../src/write/report/view.js');

const [doc] = await parse(FAKE_DOCX_BYTES, { path: 'form.docx' });
const { source, anchorOf } = modelSource(MODEL_DOC);
const view = docView(doc!, source, anchorOf);
const cellOf = (ref: string): string | undefined => view.links.find((l) => l.ref === ref)?.cell;

describe('the model path', () => {
  it('reads the constructed model as a Word document with three indicators placed by table and row', () => {
    expect(doc!.document.form).toBe('docx');
    expect(doc!.indicators.map((i) => i.where)).toEqual([{ table: 1, row: 2 }, { table: 1, row: 3 }, { table: 1, row: 4 }]);
  });

  it.each([
    ['i0.name', 't1.1.2'],
    ['i0.target', 't1.1.3'],
    ['i0.achieved', 't1.1.4'],
    ['i0.max', 't1.1.5'],
    ['i0.got', 't1.1.6'],
    ['i1.target', 't1.2.3'],
    ['i1.got', 't1.2.6'],
    ['i2.achieved', 't1.3.4'],
    ['total', 't1.4.6'],
  ])('links %s to cell %s', (ref, cell) => {
    expect(cellOf(ref)).toBe(cell);
  });

  it('links a class label merged over two rows to both indicators under it', () => {
    expect(cellOf('i0.category0')).toBe('t1.1.0');
    expect(cellOf('i1.category0')).toBe('t1.1.0');
    expect(cellOf('i1.category1')).toBe('t1.1.1');
    expect(cellOf('i2.category0')).toBe('t1.3.0');
  });

  it('keeps the spans of the grid, and says which cells cover a row from above', () => {
    const grid = source.blocks.find((b) => b.t === 'grid');
    expect(grid?.t).toBe('grid');
    if (grid?.t !== 'grid') return;
    expect(grid.rows.map((r) => r.anchor)).toEqual(['t1r1', 't1r2', 't1r3', 't1r4', 't1r5']);
    expect(grid.rows[1]!.cells[0]).toMatchObject({ id: 't1.1.0', text: '产出指标', rs: 2 });
    expect(grid.rows[2]!.covers).toEqual(['t1.1.0', 't1.1.1']);
    expect(grid.rows[4]!.cells[0]).toMatchObject({ id: 't1.4.0', text: '总分', cs: 5 });
    expect(grid.rows.map((r) => r.head ?? false)).toEqual([true, false, false, false, false]);
  });

  it('leaves the header cells unlinked (they fed no value)', () => {
    const linked = new Set(view.links.map((l) => l.cell));
    for (let c = 0; c < 7; c++) expect(linked.has(`t1.0.${c}`)).toBe(false);
  });

  it('places each validate finding beside the table row it names', () => {
    const at = Object.fromEntries(view.findings.map((f) => [f.code, f.anchor]));
    expect(at['score-sum-mismatch']).toBe('t1r5');
    expect(at['not-met-unexplained']).toBe('t1r3');
  });

  it('gives the score check its figures; the verdict is the rule finding', () => {
    expect(view.scoreCheck).toEqual({ count: 3, sum: 28, total: 27 });
    expect(view.findings.some((f) => f.code === 'score-sum-mismatch' && f.severity === 'error')).toBe(true);
  });
});
