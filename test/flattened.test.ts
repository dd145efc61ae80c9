// Text a crawler flattened (cells one a line, cells closed by `|`, key and value joined by one space): each rule
// on made-up text of the same shape — the facts, budget figures and rows it must still give.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';

const cellPerLine = (cells: string[]) => cells.map((c) => `${c}\n\n`).join('') + '\n\n';

describe('cells one a line, parted by blank lines', () => {
  // The page's menu sits on lines next to each other above the table; the cells each stand alone.
  const text = [
    '# source: https://example.org/a.htm',
    '索引号 001 发布机构 某县局',
    '公开目录 自评报告 发布日期 2023-04-20',
    '2022年度项目支出绩效自评表(甲项目)',
    '',
    '单位名称:某县农业农村局 填报日期:2023年4月15日',
    '',
    '项目名称',
    '',
    '甲项目',
    '',
    '',
    '',
    cellPerLine(['主管部门', '某县人民政府', '项目实施单位', '某村股份经济合作社']),
    cellPerLine(['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值', '得分']),
    cellPerLine(['产出指标', '数量指标', '新建圈舍', '≥100平方米', '100平方米', '10']),
    cellPerLine(['质量指标', '验收合格率', '100%', '100%', '10']),
    cellPerLine(['时效指标', '完工及时率', '100%', '100%', '10']),
    cellPerLine(['效益指标', '社会效益指标', '带动农户数', '≥5户', '6户', '10']),
  ].join('\n');
  const doc = parseDocument(text);

  it('keeps the lines beside each other out of the cells: the unit named above the table is the department', () => {
    expect(doc.document.department).toBe('某县农业农村局');
  });

  it('takes the line naming the form as the title, not a menu line that mentions 自评', () => {
    expect(doc.document.title).toBe('2022年度项目支出绩效自评表(甲项目)');
    expect([doc.document.kind, doc.document.year]).toEqual(['project-evaluation', 2022]);
  });

  it('still reads the rows', () => {
    expect(doc.indicators.map((i) => [i.name, i.target?.value])).toEqual([
      ['新建圈舍', 100],
      ['验收合格率', 100],
      ['完工及时率', 100],
      ['带动农户数', 5],
    ]);
  });
});

describe('keys and values joined by single spaces', () => {
  // A flattened page: the key–value cells and the budget block lost their tabs; the indicator header keeps its words.
  const text = [
    '某项目绩效目标表',
    '(2021年)',
    '项目名称 某回收站运行经费',
    '主管部门 (433)某市供销合作社(部门)',
    '实施单位 (433001)某市供销合作社 联系电话 12345678',
    '投入目标 (万元) 资金来源 年初安排金额(万元)',
    '资金总额 5',
    '其中: 财政拨款数 4',
    '其他资金 1',
    '一级指标 二级指标 三级指标 指标性质 目标值 计量单位 分值',
    '产出指标 数量指标 回收站点数 正向 ≥ 8 个 10',
    '产出指标 质量指标 验收合格率 正向 = 100 % 10',
  ].join('\n');
  const doc = parseDocument(text);

  it('reads the unit from a key and its value on one line', () => {
    expect(doc.document.department).toBe('某市供销合作社');
  });

  // The item names come from the grid's columns here (a spaced row lost its empty cells): the amounts are what is held.
  it('reads each amount under the label that states its unit', () => {
    expect(doc.budget.map((b) => [b.line, b.amount.value, b.amount.unit])).toEqual([
      [7, 50000, '元'],
      [8, 40000, '元'],
      [9, 10000, '元'],
    ]);
  });

  it('pairs of a key and an amount on one line are each an amount; a code is none', () => {
    const d = parseDocument(['金额单位:万元', '项目总预算 65 财政资金预算分类 一般公共预算', '当年年度预算 65', '其中:财政资金 60 财政资金科目代码 21305', '一级指标 二级指标 三级指标 指标值', '产出指标 数量指标 新建房屋 ≥1座'].join('\n'));
    expect(d.budget.map((b) => [b.item, b.amount.value])).toEqual([
      ['项目总预算', 650000],
      ['当年年度预算', 650000],
      ['其中:财政资金', 600000],
    ]);
  });

  it('a unit on a label line of its own holds for the amounts right below it, not for later ones', () => {
    const d = parseDocument(['部门(单位)名称 某市地方志研究室 部门预算编码 901001033', '年度', '预算', '(万元)', '  资金总额 171.41', '  项目支出 60.8', '  基本支出 110.61', '年度目标 完成修志任务', '  资金总额 3', '一级指标 二级指标 三级指标 指标值', '产出指标 数量指标 出版志书 ≥1部'].join('\n'));
    expect(d.document.department).toBe('某市地方志研究室');
    expect(d.budget.map((b) => b.amount.value)).toEqual([1714100, 608000, 1106100, 3]);
  });
});

describe('cells closed by a pipe, one a line', () => {
  it('a lone cell closed by its pipe is its text: the form named again with its year states the year', () => {
    const d = parseDocument(['(甲补助)绩效目标自评表', '绩效目标自评表 (2020年度) |', '||||', '项目名称 |', '甲补助 |', '||', '主管部门 |', '[101]某县民政局 |', '||', '一级指标 |', '二级指标 |', '三级指标 |', '年度指标值 |', '全年实际值 |', '|', '产出指标 |', '数量指标 |', '救助人数 |', '>=20人 |', '25人 |', '|'].join('\n'));
    expect([d.document.title, d.document.year, d.document.department]).toEqual(['(甲补助)绩效目标自评表', 2020, '某县民政局']);
    expect(d.indicators.map((i) => [i.name, i.target?.value, i.achieved?.value])).toEqual([['救助人数', 20, 25]]);
  });

  it('a money unit on a label cell of its own holds for the budget grid below it', () => {
    const d = parseDocument(['项目名称 |', '甲补助 |', '|', '资金情况(万元) |', '|', '全年预算数(A) |', '全年执行数(B) |', '执行率(B/A) |', '||', '年度资金总额: |', '12 |', '12 |', '100% |', '||', '其他资金 |', '|', '一级指标 |', '二级指标 |', '三级指标 |', '年度指标值 |', '|', '产出指标 |', '数量指标 |', '救助人数 |', '>=20人 |', '|'].join('\n'));
    expect(d.budget.filter((b) => b.amount.unit === '元').map((b) => [b.item, b.amount.value])).toEqual([
      ['年度资金总额', 120000],
      ['年度资金总额', 120000],
    ]);
  });
});

describe('a row a crawler ran together with the title or the total', () => {
  it('takes the first cell that names the form as the title, and its year', () => {
    const d = parseDocument(['2021年度项目支出绩效自评表 | 部门:某县第一中学 |', '|', '|', '| 项目名称 | 甲计划 | 主管部门 | 某县教育局 |', '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '| 产出指标 | 数量指标 | 受助人数 | ≥100人 | 120人 | 10 | 10 |'].join('\n'));
    expect([d.document.title, d.document.year, d.document.department, d.document.kind]).toEqual(['2021年度项目支出绩效自评表', 2021, '某县第一中学', 'project-evaluation']);
  });

  it('a total after a key and its text value starts its own row: total and grade', () => {
    const d = parseDocument(['2021年度项目支出绩效自评表 | 部门:某县第一中学 |', '|', '|', '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '| 产出指标 | 数量指标 | 受助人数 | ≥100人 | 120人 | 10 | 9 |', '| 其他需要说明事项 | 无 | 总分 | 10 | 9 | 良 |', '|'].join('\n'));
    expect([d.scores?.total, d.scores?.grade]).toEqual([9, '良']);
    expect(d.indicators.map((i) => i.name)).toEqual(['受助人数']);
  });

  it('a header row holding 总分 is no total', () => {
    const d = parseDocument(['| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 分值 | 总分 |', '| 产出指标 | 数量指标 | 受助人数 | ≥100人 | 10 | 9 |', '|', '|'].join('\n'));
    expect(d.scores?.total ?? null).toBeNull();
    expect(d.indicators.map((i) => i.name)).toEqual(['受助人数']);
  });
});

describe('a budget header run into its first row of figures, one cell a line', () => {
  it('parts at the row label; a section label with its points stands alone', () => {
    const cells = ['项目名称', '乙工资', '预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '执行率', '总额', '12.5', '13.5', '13.5', '100.00%', '|', '一级指标', '二级指标', '三级指标', '指标值', '产出指标', '数量指标', '发放人数', '≥10人', '|'];
    const d = parseDocument(cells.map((c) => (c === '|' ? '|' : `${c} |`)).join('\n'));
    const money = d.budget.filter((b) => b.amount.unit === '元').map((b) => [b.item, b.column, b.amount.value]);
    expect(money).toEqual([
      ['总额', '年初预算', 125000],
      ['总额', '调整后预算数', 135000],
      ['总额', '预算执行数', 135000],
    ]);
  });
});

describe('the text a crawler ran onto one line before a run-on table', () => {
  const line = [
    '作者 abc123 2019-05-22T04:56:35Z False 附件:',
    '项目支出绩效自评表 (2021年度)',
    '项目名称 委托设计项目 主管部门 301-某县某镇人民政府 实施单位 301001-某县某镇人民政府',
    '项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 得分',
    '年度资金总额: 0 0 0 10 0 其中:本年财政拨款 40 39.5 39.5 上年结转资金 其他资金',
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
    '产出指标(50分) 数量指标 设计项目数量 ≥20个 20 10 10 质量指标 报告合格率 ≥100百分比 100 10 10',
    '时效指标 提交及时性 按时完成 达成预期指标 10 10 成本指标 项目总成本 ≤40万元 40 10 10',
  ].join(' ');
  const d = parseDocument(line);

  it('reads the title, its year and the filing unit', () => {
    expect([d.document.title, d.document.year, d.document.department]).toEqual(['项目支出绩效自评表(2021年度)', 2021, '某县某镇人民政府']);
  });

  it('reads the budget grid under its header and unit', () => {
    expect(d.budget.filter((b) => b.item === '其中:本年财政拨款').map((b) => [b.column, b.amount.value])).toEqual([
      ['年初预算数', 400000],
      ['全年预算数', 395000],
      ['全年执行数', 395000],
    ]);
  });

  it('still reads the table', () => {
    expect(d.indicators.map((i) => i.name)).toEqual(['设计项目数量', '报告合格率', '提交及时性', '项目总成本']);
  });
});

describe('cells parted by lines holding only a pipe, with no row breaks', () => {
  const parted = (cells: string[]) => cells.join('\n|\n');
  const text = [
    '项目支出绩效目标申报表',
    '(2025 年度)',
    parted(['项目名称', '乙服务项目', '主管部门及代码', '', '实施单位', '某县卫健委', '绩效 指标', '一级 指标', '二级指标', '三级指标', '指标值', '产出 指标', '数量指标', '孕产妇系统管理率', '≧90%', '3 岁以下儿童系统管理率', '≧85%', '质量指标', '建档合格率', '≥95%', '65 岁以上老年人体检率']),
    '≧',
  ].join('\n');
  const doc = parseDocument(text);

  it('rebuilds the rows at class words and values, a name that opens with a digit included', () => {
    expect(doc.indicators.map((i) => [i.name, i.category, i.target?.op, i.target?.value])).toEqual([
      ['孕产妇系统管理率', ['产出指标', '数量指标'], 'gte', 90],
      ['3 岁以下儿童系统管理率', ['产出指标', '数量指标'], 'gte', 85],
      ['建档合格率', ['产出指标', '质量指标'], 'gte', 95],
    ]);
  });

  it('leaves a row cut off by the end of the excerpt as text, reported', () => {
    expect(doc.indicators.some((i) => i.name.includes('老年人'))).toBe(false);
    expect(doc.diagnostics.some((d) => d.text?.includes('65 岁以上老年人体检率'))).toBe(true);
  });
});
