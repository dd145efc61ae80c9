// Unit words after a number (SPEC §4 unit table) and the canonical unit each gives.
//   '万元' → { unit: '元', exp: 4 };  '个百分点' → 'pp';  '人次' → '人次' as written
export type UnitKind = 'money' | 'percent' | 'pp' | 'measure' | 'year' | 'date';

export interface UnitRule {
  readonly unit: string;
  /** Power of ten the written number is scaled by (万元 → 4). */
  readonly exp: number;
  readonly kind: UnitKind;
}

/** Money: every spelling is canonical 元, scaled to yuan. */
export const MONEY_UNITS: Readonly<Record<string, number>> = {
  元: 0, 千元: 3, 万元: 4, 百万元: 6, 千万元: 7, 亿元: 8, 万亿元: 12,
  人民币: 0, 元人民币: 0, 万元人民币: 4, 亿元人民币: 8,
};

export const PERCENT_WORDS: readonly string[] = ['%', '百分比'];
export const PP_WORDS: readonly string[] = ['个百分点', '百分点'];

/** Measure words kept as written; longest match wins (人次 over 人, 个月 over 个). */
export const MEASURE_WORDS: readonly string[] = (
  '家 个 项 人 人次 家次 户 户次 场 场次 份 篇 篇次 次 批 批次 条 条次 台 台次 套 辆 辆次 艘 架 架次 ' +
  '支 名 位 例 件 宗 笔 张 幅 首 部 本 册 期 届 轮 组 类 种 款 门 所 座 栋 间 处 棵 株 头 只 ' +
  '天 周 小时 分钟 秒 季度 个月 个工作日 工作日 个小时 个季度 个班次 个批次 个星期 星期 ' +
  '班 班次 课时 学时 车次 倍 分 ‰ ㎡ 平方公里 平方千米 平方米 立方米 公顷 亩 公里 千米 米 厘米 ' +
  '吨 千克 公斤 克 毫克 微克 千瓦 千瓦时 兆瓦 度 美元 港元 欧元 星 星级 台套 套次 个等级 亩次 人月 人日'
).split(' ');

/** Latin units, matched as a whole word and case-sensitive (5G is a name, not 5 G). */
export const LATIN_UNITS: Readonly<Record<string, string>> = {
  km: 'km', m: 'm', cm: 'cm', mm: 'mm', m2: 'm2', m3: 'm3', km2: 'km2', kg: 'kg', t: 't',
  kW: 'kW', kWh: 'kWh', MW: 'MW', MWh: 'MWh', GW: 'GW', MB: 'MB', GB: 'GB', TB: 'TB', PB: 'PB',
  Mbps: 'Mbps', Gbps: 'Gbps', MHz: 'MHz', GHz: 'GHz', ms: 'ms', pp: 'pp', h: 'h',
  // A metre written in capitals, as clerks do (射程≥80M).
  M: 'M',
};

/** After a number these make a date, not a quantity: 2022年, 1月, 12日. */
export const YEAR_WORDS: readonly string[] = ['年', '年度'];
export const DATE_WORDS: readonly string[] = ['月', '月份', '月底', '月末', '月初', '日', '号'];

/** Joins the parts of a compound unit: 元/人*月, 元/户·年, 次/日. */
export const UNIT_JOINERS = '/*·・×';

/** Every unit word with its rule, for the unit trie. */
export function unitRules(): [string, UnitRule][] {
  const out: [string, UnitRule][] = [];
  for (const w of MEASURE_WORDS) out.push([w, { unit: w, exp: 0, kind: 'measure' }]);
  for (const [w, exp] of Object.entries(MONEY_UNITS)) out.push([w, { unit: '元', exp, kind: 'money' }]);
  for (const w of PERCENT_WORDS) out.push([w, { unit: '%', exp: 0, kind: 'percent' }]);
  for (const w of PP_WORDS) out.push([w, { unit: 'pp', exp: 0, kind: 'pp' }]);
  for (const w of YEAR_WORDS) out.push([w, { unit: '年', exp: 0, kind: 'year' }]);
  for (const w of DATE_WORDS) out.push([w, { unit: w, exp: 0, kind: 'date' }]);
  return out;
}
