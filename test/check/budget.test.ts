// budget-rate-mismatch: a stated 执行率 against executed ÷ budget × 100, rounded half-up to the rate's decimals.
//   全年预算执行数 387,143.16 ÷ 全年预算数 387,236.73 = 99.9758…% → 99.98% ✓, 99.97% ✗
import { describe, expect, it } from 'vitest';
import { budgetRateMismatch, percent, trios } from '../../src/check/budget.js';
import type { BudgetItem } from '../../src/schema.js';
import { codes, doc, money, quantity, rate } from './docs.js';

const check = (budget: BudgetItem[]) => codes(budgetRateMismatch.check(doc({ budget })));

// Seed 001, lines 69 and 71, as the parser lays report prose out.
const prose = (stated: string): BudgetItem[] => [
  money('全年预算数', null, '387,236.73', 69),
  money('市本级支出', '全年预算数', '285,129.73', 69),
  money('全年预算执行数', null, '387,143.16', 71),
  money('市本级支出', '全年预算执行数', '285,073.13', 71),
  rate('执行率', null, stated, 71),
];

describe('in report prose: the lead figures', () => {
  it.each([
    ['99.98', true],
    ['99.976', true],
    ['99.9758', true],
    ['100', true],
    ['99.97', false],
    ['99.90', false],
    ['99.8', false],
  ])('stated %s%% → %s', (stated, ok) => {
    expect(check(prose(stated))).toEqual(ok ? [] : ['71 budget-rate-mismatch']);
  });

  it('says what the figures give', () => {
    const [finding] = budgetRateMismatch.check(doc({ budget: prose('99.90') }));
    expect(finding?.message).toBe('Unexpected 执行率 99.90%, expected 99.98% (全年预算执行数 387,143.16万元 ÷ 全年预算数 387,236.73万元)');
  });

  it('prefers 全年预算数 over 年初预算数, even when the sentence led with 年初预算数', () => {
    const figures = [money('年初预算数', null, '100', 5), money('全年预算数', '年初预算数', '120', 5), money('全年预算执行数', null, '96', 7)];
    expect(check([...figures, rate('执行率', null, '80', 7)])).toEqual([]);
    expect(check([...figures, rate('执行率', null, '96', 7)])).toEqual(['7 budget-rate-mismatch']);
  });

  it('uses 年初预算数 when it is the only budget', () => {
    expect(check([money('年初预算数', null, '100', 5), money('全年预算执行数', null, '96', 7), rate('执行率', null, '96', 7)])).toEqual([]);
  });
});

describe('in a grid: the same row', () => {
  const row = (item: string, line: number, start: string, full: string, done: string, stated: string): BudgetItem[] => [
    money(item, '年初预算数', start, line),
    money(item, '全年预算数', full, line),
    money(item, '全年执行数', done, line),
    rate(item, '执行率', stated, line),
  ];

  it('pairs each rate with its own row, 全年预算数 first', () => {
    expect(check([...row('年度资金总额', 6, '85.00', '126.40', '118.62', '93.84'), ...row('其中：当年财政拨款', 7, '85.00', '112.00', '106.22', '94.84')])).toEqual([]);
    expect(check([...row('年度资金总额', 6, '85.00', '126.40', '118.62', '93.84'), ...row('上年结转资金', 8, '0.00', '14.40', '12.40', '93.84')])).toEqual(['8 budget-rate-mismatch']);
  });

  it('finds the pairs it checks', () => {
    const found = trios(row('年度资金总额', 6, '100', '120', '96', '80'));
    expect(found.map((t) => [t.rate.column, t.executed.column, t.budget.column])).toEqual([['执行率', '全年执行数', '全年预算数']]);
  });
});

describe('exact rounding', () => {
  it('rounds half up in decimal, not in binary floating point', () => {
    // 90,355 ÷ 100,000 = 90.355% exactly; as a float it is 90.35499…, which would round down to 90.35.
    expect(percent(90355, 100000, 2)).toBe(9036n);
    const figures = [money('全年预算数', null, '10', 1), money('全年预算执行数', null, '9.0355', 1)];
    expect(check([...figures, rate('执行率', null, '90.36', 1)])).toEqual([]);
    expect(check([...figures, rate('执行率', null, '90.35', 1)])).toEqual(['1 budget-rate-mismatch']);
  });

  it('keeps the stated trailing zeros as precision', () => {
    const figures = [money('全年预算数', null, '1000', 1), money('全年预算执行数', null, '998.99', 1)];
    expect(check([...figures, rate('执行率', null, '99.90', 1)])).toEqual([]);
    expect(check([...figures, rate('执行率', null, '99.9', 1)])).toEqual([]);
    expect(check([...figures, rate('执行率', null, '99.89', 1)])).toEqual(['1 budget-rate-mismatch']);
  });
});

describe('figures it cannot check', () => {
  const executed = money('全年预算执行数', null, '96', 7);
  const budgeted = money('全年预算数', null, '120', 5);

  it.each([
    ['a rate written as text', [budgeted, executed, { ...rate('执行率', null, '80', 7), amount: quantity('基本完成', 'text') }]],
    ['an approximate figure', [budgeted, { ...executed, amount: quantity('约96万元', 'approx', { value: 960000, unit: '元' }) }, rate('执行率', null, '50', 7)]],
    ['no executed figure', [budgeted, rate('执行率', null, '50', 7)]],
    ['no budget figure', [executed, rate('执行率', null, '50', 7)]],
    ['a budget of zero', [money('全年预算数', null, '0', 5), executed, rate('执行率', null, '50', 7)]],
    ['a figure without a money unit', [budgeted, { ...executed, amount: quantity('96', 'eq', { value: 96 }) }, rate('执行率', null, '50', 7)]],
  ])('%s', (_name, budget) => {
    expect(check(budget)).toEqual([]);
  });
});
