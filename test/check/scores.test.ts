// Rules on scores: score-over-max, score-sum-mismatch, grade-mismatch (exact at the band edges).
//   items 20 + 79.96, total 98 on line 41 → ['41 score-sum-mismatch']
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, gradeMismatch, scoreOverMax, scoreSumMismatch } from '../../src/check/scores.js';
import type { GradeBand } from '../../src/schema.js';
import { buildIndicator, codes, doc, points, scores } from './docs.js';

const scored = (got: number | null, max: number | null, line = 20, name = '资金管理') => buildIndicator({ name, score: { max, got }, line });

describe('score-over-max', () => {
  it.each([
    ['above its maximum', 16.5, 16, ['20 score-over-max']],
    ['at its maximum', 16, 16, []],
    ['below its maximum', 14.98, 16, []],
    ['a bonus, which has no maximum', 2.5, null, []],
    ['a maximum and no score', null, 16, []],
  ])('%s', (_name, got, max, expected) => {
    expect(codes(scoreOverMax.check(doc({ indicators: [scored(got, max)] })))).toEqual(expected);
  });

  it('says which item and by how much', () => {
    const [finding] = scoreOverMax.check(doc({ indicators: [scored(16.5, 16)] }));
    expect(finding?.message).toBe('Unexpected score 16.5 for “资金管理”, expected at most its maximum 16');
  });

  it('checks a budget grid row’s 得分 against its 分值', () => {
    const budget = [points('年度资金总额', '分值', 10, 6), points('年度资金总额', '得分', 10.5, 6)];
    expect(codes(scoreOverMax.check(doc({ budget })))).toEqual(['6 score-over-max']);
  });
});

describe('score-sum-mismatch', () => {
  const items = [scored(14.98, 16, 107), scored(1.65, 2, 109), scored(2.5, null, 143, '工作表现加减分')];
  const check = (total: number | null, indicators = items, budget = doc().budget) =>
    codes(scoreSumMismatch.check(doc({ indicators, budget, scores: scores({ total, line: 101 }) })));

  it.each([
    ['the sum, bonus included', 19.13, []],
    ['0.01 off, within the tolerance', 19.14, []],
    ['0.02 off', 19.15, ['101 score-sum-mismatch']],
    ['the sum without the bonus', 16.63, ['101 score-sum-mismatch']],
  ])('total %s', (_name, total, expected) => {
    expect(check(total)).toEqual(expected);
  });

  it('counts a scored row without a name and a deduction', () => {
    expect(check(13.98, [scored(14.98, 16), scored(1.5, 1.5, 25, ''), scored(-2.5, null, 143)])).toEqual([]);
    expect(check(12.48, [scored(14.98, 16), scored(1.5, 1.5, 25, ''), scored(-2.5, null, 143)])).toEqual(['101 score-sum-mismatch']);
  });

  it('counts the budget row’s 得分 once, whether the parser made it a budget figure or an indicator on that line', () => {
    const budget = [points('年度资金总额', '分值', 10, 6), points('年度资金总额', '得分', 9.38, 6)];
    const rest = [scored(89.4, 90, 13)];
    expect(check(98.78, rest, budget)).toEqual([]);
    expect(check(98.78, [...rest, scored(9.38, 10, 6, '预算执行率')], budget)).toEqual([]);
    expect(check(89.4, rest, budget)).toEqual(['101 score-sum-mismatch']);
  });

  it('is silent without a total or without item scores', () => {
    expect(check(null)).toEqual([]);
    expect(check(93.78, [buildIndicator({ score: null })])).toEqual([]);
  });

  it('states the total and the sum', () => {
    const [finding] = scoreSumMismatch.check(doc({ indicators: items, scores: scores({ total: 98, line: 101 }) }));
    expect(finding?.message).toBe('Unexpected total 98, expected 19.13, the sum of the 3 item scores');
  });
});

describe('grade-mismatch', () => {
  const check = (total: number | null, grade: string | null, bands: GradeBand[] = []) =>
    codes(gradeMismatch.check(doc({ scores: scores({ total, grade, bands }) })));

  it.each([
    [100, '优', true],
    [90, '优', true],
    [89.99, '优', false],
    [89.99, '良', true],
    [80, '良', true],
    [79.99, '良', false],
    [79.99, '中', true],
    [60, '中', true],
    [59.99, '差', true],
    [59.99, '中', false],
    [101.5, '优', true],
  ])('default bands: total %s graded %s → %s', (total, grade, ok) => {
    expect(check(total, grade)).toEqual(ok ? [] : ['42 grade-mismatch']);
  });

  // 003 prints 优 90分≤得分≤100分；良 80分≤得分<90分；中 60分≤得分<80分；差 得分<60分.
  const printed: GradeBand[] = [
    { grade: '优', min: 90, minInclusive: true, max: 100, maxInclusive: true },
    { grade: '良', min: 80, minInclusive: true, max: 90, maxInclusive: false },
    { grade: '中', min: 60, minInclusive: true, max: 80, maxInclusive: false },
    { grade: '差', min: null, minInclusive: false, max: 60, maxInclusive: false },
  ];

  it.each([
    [99.96, '优', true],
    [100, '优', true],
    [99.96, '良', false],
    [100.5, '优', false],
  ])('printed bands: total %s graded %s → %s', (total, grade, ok) => {
    expect(check(total, grade, printed)).toEqual(ok ? [] : ['42 grade-mismatch']);
  });

  it('uses the printed bands over the national ones', () => {
    const strict: GradeBand[] = [
      { grade: '优', min: 95, minInclusive: true, max: null, maxInclusive: false },
      { grade: '良', min: null, minInclusive: false, max: 95, maxInclusive: false },
    ];
    expect(check(92, '良', strict)).toEqual([]);
    expect(check(92, '优', strict)).toEqual(['42 grade-mismatch']);
  });

  it('reads 优秀 / 良好 as 优 / 良', () => {
    expect(check(95, '优秀')).toEqual([]);
    expect(check(95, '良好')).toEqual(['42 grade-mismatch']);
  });

  it('leaves a grade of another scale alone, and needs both a grade and a total', () => {
    expect(check(95, '合格')).toEqual([]);
    expect(check(95, null)).toEqual([]);
    expect(check(null, '优')).toEqual([]);
  });

  it('names the band the total falls in', () => {
    const [finding] = gradeMismatch.check(doc({ scores: scores({ total: 99.96, grade: '良', bands: printed }) }));
    expect(finding?.message).toBe('Unexpected grade 良 for total 99.96, expected 优 (90 ≤ total ≤ 100)');
    expect(DEFAULT_BANDS.map((b) => b.grade)).toEqual(['优', '良', '中', '差']);
  });
});
