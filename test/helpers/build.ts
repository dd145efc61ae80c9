// Hand-built, schema-checked documents for writer tests, independent of the extractor.
//   buildDocument({ indicators: [buildIndicator({ name: '=1+1' })] }) → ParsedDocument (throws if the schema rejects it)
import { ParsedDocument, Quantity, type Indicator } from '../../src/schema.js';

/** Strings that break naive writers: CSV quoting, formula injection, wide characters, terminal control. */
export const AWKWARD = {
  quoting: 'a "quoted", two-line\nname',
  formula: '=HYPERLINK("http://x","y")',
  group: '1.稳增长,推动工业增加值、工业投资等稳步增长。',
  long: '举办民营经济发展大会暨中小企业服务月系列活动及专题培训班的场次数量与覆盖面',
  escape: 'red\u001b[31m text',
  lineSeparator: 'Word\u2028line break',
} as const;

// The fields a quantity of one op carries beside raw and op: value for eq, min and max for range, none for text.
type FieldsOf<Q, O> = Q extends { op: infer P } ? (O extends P ? Omit<Q, 'raw' | 'op' | 'unit'> & { unit?: string | null } : never) : never;

/** A schema-checked quantity; unit defaults to null: quantity('2-3家', 'range', { min: 2, max: 3, unit: '家' }). */
export function quantity<O extends Quantity['op']>(raw: string, op: O, rest: Partial<FieldsOf<Quantity, O>> = {}): Quantity {
  return Quantity.parse({ raw, op, unit: null, ...rest });
}

export function buildIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    name: '运行监测样本数量',
    group: null,
    category: ['产出指标', '数量指标'],
    target: quantity('≥1500家次', 'gte', { value: 1500, unit: '家次' }),
    periodTarget: null,
    achieved: quantity('2200家次', 'eq', { value: 2200, unit: '家次' }),
    score: { max: 20, got: 20 },
    detail: null,
    status: 'met',
    completion: 1.467,
    line: 20,
    ...overrides,
  };
}

/** Four indicators covering every CSV column shape: ranges, text, nulls, deep categories, negatives, big money. */
export function sampleIndicators(): Indicator[] {
  return [
    buildIndicator({ group: AWKWARD.group }),
    buildIndicator({
      name: AWKWARD.formula,
      category: ['效益指标', '社会效益指标', '就业', '青年'],
      target: quantity('2-3家', 'range', { min: 2, max: 3, unit: '家' }),
      achieved: null,
      score: { max: 10, got: null },
      status: 'unknown',
      completion: null,
      line: 21,
    }),
    buildIndicator({
      name: AWKWARD.quoting,
      category: [],
      target: quantity('6,117.99 亿元', 'eq', { value: 611799000000, unit: '元' }),
      periodTarget: quantity('与上年度持平', 'text'),
      achieved: quantity('-3%', 'eq', { value: -3, unit: '%', hedge: '预计' }),
      score: null,
      detail: '未完成',
      status: 'not-met',
      completion: -0.5,
      line: 33,
    }),
    buildIndicator({ name: AWKWARD.long, group: '@group', category: ['满意度指标'], line: 40 }),
  ];
}

export function buildDocument(overrides: Partial<ParsedDocument> & { path?: string } = {}): ParsedDocument {
  const { path = 'seeds/x.txt', ...rest } = overrides;
  const doc: ParsedDocument = {
    schemaVersion: 1,
    source: { path, bytes: 100, sha256: '0'.repeat(64), encoding: 'utf-8' },
    document: {
      title: '广州市工业和信息化局2020年部门整体绩效指标完成情况表',
      kind: 'department-evaluation',
      department: '广州市工业和信息化局',
      year: 2020,
      form: 'text',
      layouts: ['tab'],
    },
    budget: [{ item: '基本支出', column: '年初预算数', amount: quantity('15,230.73', 'eq', { value: 152307300, unit: '元' }), line: 7 }],
    scores: { total: 99.96, grade: '优', line: 50, gradeLine: 51, bands: [] },
    indicators: sampleIndicators(),
    diagnostics: [
      { severity: 'warning', code: 'unparsed-row', line: 20, message: 'Unexpected row', text: '干。' },
      { severity: 'error', code: 'score-over-max', line: 21, message: 'Unexpected score 12, expected at most 10' },
    ],
    ...rest,
  };
  return ParsedDocument.parse(doc);
}
