// A document model as a Word reader would give it, and bytes that sniff as a .docx, for the model path of `report`.
//   MODEL_DOC: a heading and one 5×7 indicator table whose class labels span two rows; 总分 27 against items 28
import type { Cell, DocModel, FormReader } from '../../../src/model.js';

const ROWS: (string | null)[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥150人次', '160人次', '10', '10'],
  [null, null, '培训合格率', '≥95%', '90%', '10', '8'],
  ['效益指标', '社会效益指标', '群众满意度', '≥90%', '96%', '10', '10'],
  ['总分', null, null, null, null, '30', '27'],
];

// Cells covered by the one above (null in rows 1–2, cols 0–1) or by the 总分 cell to their left (row 4).
function cells(): Cell[] {
  const out: Cell[] = [];
  ROWS.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === null) return;
      const rowSpan = r === 1 && c < 2 ? 2 : 1;
      const colSpan = r === 4 && c === 0 ? 5 : 1;
      out.push({ text, row: r, col: c, rowSpan, colSpan, where: { table: 1, row: r + 1, column: c + 1 } });
    }),
  );
  return out;
}

export const MODEL_DOC: DocModel = {
  form: 'docx',
  encoding: 'docx',
  blocks: [
    { type: 'heading', level: 1, text: '某县农业农村局2024年度项目支出绩效自评表', where: {} },
    { type: 'table', rows: ROWS.length, cols: 7, cells: cells(), where: { table: 1 } },
  ],
  notes: [],
};

export const FAKE_DOCX_READER: FormReader = { form: 'docx', read: () => MODEL_DOC };

/** Bytes the form sniffer takes for a Word document: a zip header and a word/ entry name. */
export const FAKE_DOCX_BYTES = new Uint8Array(Buffer.from('PK\u0003\u0004\u0000\u0000word/document.xml', 'latin1'));
