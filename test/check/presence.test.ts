// Rules on what indicators lack: no-indicators, missing-target, missing-achieved, not-met-unexplained.
//   indicator { target: null } in an evaluation → ['20 missing-target']
import { describe, expect, it } from 'vitest';
import { missingAchieved, missingTarget, noIndicators, notMetUnexplained } from '../../src/check/presence.js';
import { buildIndicator, codes, doc, quantity, rate } from './docs.js';

const TARGET_ONLY = { achieved: null, status: 'unknown', completion: null } as const;
const SCORE_ONLY = { target: null, achieved: null, score: { max: 16, got: 14.98 }, status: 'unknown', completion: null } as const;

describe('no-indicators', () => {
  it('reports a document without indicators once, for the whole file', () => {
    expect(codes(noIndicators.check(doc()))).toEqual(['0 no-indicators']);
  });

  it('is silent when there is one indicator', () => {
    expect(noIndicators.check(doc({ indicators: [buildIndicator()] }))).toEqual([]);
  });
});

describe('missing-target', () => {
  it.each([
    ['no target and no period target', { target: null }, ['20 missing-target']],
    ['a target', {}, []],
    ['only a period target (实施周期指标值)', { target: null, periodTarget: quantity('≥3000家', 'gte', { value: 3000, unit: '家' }) }, []],
    ['a scoring-frame row: a score and no values', SCORE_ONLY, []],
    ['an unnamed scored row', { ...SCORE_ONLY, name: '' }, []],
    ['a bonus (加减分)', { ...SCORE_ONLY, category: ['加减分'], score: { max: null, got: 2.5 } }, []],
    ['a score but an achieved value and no target', { target: null, score: { max: 10, got: 9 } }, ['20 missing-target']],
  ])('%s', (_name, overrides, expected) => {
    expect(codes(missingTarget.check(doc({ indicators: [buildIndicator(overrides)] })))).toEqual(expected);
  });

  it('names the indicator in the message', () => {
    const [finding] = missingTarget.check(doc({ indicators: [buildIndicator({ target: null })] }));
    expect(finding?.message).toBe('Unexpected “运行监测样本数量” without a target, expected a target value (指标值)');
  });

  it('leaves out the budget grid’s 预算执行率 row, whose value is the grid’s rate', () => {
    const row = buildIndicator({ name: '预算执行率', target: null, achieved: quantity('80%', 'eq', { value: 80, unit: '%' }), score: { max: 10, got: 8 }, line: 6 });
    expect(missingTarget.check(doc({ indicators: [row], budget: [rate('年度资金总额', '执行率', '80', 6)] }))).toEqual([]);
    expect(codes(missingTarget.check(doc({ indicators: [row] })))).toEqual(['6 missing-target']);
  });
});

describe('missing-achieved', () => {
  const kinds = (kind: 'department-evaluation' | 'project-evaluation' | 'department-target' | 'project-target' | 'unknown') =>
    doc({ document: { title: null, kind, department: null, year: null, form: 'text', layouts: [] }, indicators: [buildIndicator(TARGET_ONLY)] });

  it.each([
    ['department-evaluation', ['20 missing-achieved']],
    ['project-evaluation', ['20 missing-achieved']],
    ['department-target', []],
    ['project-target', []],
    ['unknown', []],
  ] as const)('%s', (kind, expected) => {
    expect(codes(missingAchieved.check(kinds(kind)))).toEqual(expected);
  });

  it('is silent on an achieved value and on scoring-frame rows', () => {
    expect(missingAchieved.check(doc({ indicators: [buildIndicator(), buildIndicator(SCORE_ONLY)] }))).toEqual([]);
  });
});

describe('not-met-unexplained', () => {
  const notMet = (detail: string | null) =>
    buildIndicator({ achieved: quantity('1200家次', 'eq', { value: 1200, unit: '家次' }), status: 'not-met', completion: 0.8, detail });

  it.each([
    ['no detail', null, true],
    ['an empty detail', '  ', true],
    ['暂无', '暂无', true],
    ['已达标；暂无 (the status restated, no measure)', '已达标；暂无', true],
    ['未完成。', '未完成。', true],
    ['a slash', '/', true],
    ['a reason', '受疫情影响，两期培训改为线上', false],
    ['a reason after a placeholder', '暂无；下一步加强网络直报人员培训', false],
  ])('%s', (_name, detail, flagged) => {
    const found = codes(notMetUnexplained.check(doc({ indicators: [notMet(detail)] })));
    expect(found).toEqual(flagged ? ['20 not-met-unexplained'] : []);
  });

  it.each(['met', 'unknown'] as const)('is silent on status %s without a detail', (status) => {
    expect(notMetUnexplained.check(doc({ indicators: [buildIndicator({ status, detail: null })] }))).toEqual([]);
  });

  it('shows the achieved value and the target', () => {
    const [finding] = notMetUnexplained.check(doc({ indicators: [notMet(null)] }));
    expect(finding?.message).toContain('not met (1200家次 for ≥1500家次)');
  });
});
