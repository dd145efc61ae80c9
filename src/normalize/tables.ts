// Rules as data (SPEC §4): numerals, scales, operators by position, hedges, verbs, limits.
//   '不少于' → { op: 'gte', position: 'prefix' };  '以上' → suffix gte;  '万' → scale 10^4
import type { NumberOp } from '../schema.js';

/** Chinese digits, everyday and financial (大写) forms. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Scale words as powers of ten; 十百千 act inside a section, 万亿 close one. */
export const SCALE: Readonly<Record<string, number>> = {
  十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3, 万: 4, 萬: 4, 亿: 8, 億: 8,
};

/** Where an operator word sits relative to its number. */
export type OpPosition = 'prefix' | 'suffix' | 'inner';

export interface OperatorRule {
  readonly word: string;
  readonly op: NumberOp;
  readonly position: OpPosition;
  /** Only when the next char does not start another word (内 in 3天内, not 内资). */
  readonly standalone?: boolean;
}

const rules = (op: NumberOp, position: OpPosition, words: string): OperatorRule[] =>
  words.split(' ').map((word) => ({ word, op, position }));

export const OPERATORS: readonly OperatorRule[] = [
  ...rules('gte', 'prefix', '≥ >= => ≮ 不低于 不少于 不小于 至少 最少 最低 大于等于 大于或等于 不低於'),
  ...rules('gt', 'prefix', '> 超 超过 高于 多于 大于 超出'),
  ...rules('lte', 'prefix', '≤ <= =< ≯ 不超过 不超 不高于 不多于 不大于 最多 至多 最高 小于等于 小于或等于'),
  ...rules('lt', 'prefix', '< 低于 少于 小于 不足 不到'),
  ...rules('approx', 'prefix', '约 大约 约为 近 接近 将近 大概 ≈'),
  ...rules('eq', 'prefix', '= 等于'),
  ...rules('gte', 'suffix', '以上 及以上 或以上 (含)以上 以上(含) 及其以上'),
  ...rules('gt', 'suffix', '以上(不含)'),
  ...rules('lte', 'suffix', '以内 之内 以下 及以下 或以下 (含)以下 以下(含)'),
  ...rules('lt', 'suffix', '以下(不含)'),
  ...rules('approx', 'suffix', '左右 上下'),
  { word: '内', op: 'lte', position: 'suffix', standalone: true },
  // N余 / N多: between the number and its unit (200余家, 3千多万, 10万余人)
  ...rules('gt', 'inner', '余 多'),
];

/** Words that soften a statement without changing it; kept in `hedge`. */
export const HEDGES: readonly string[] = ['预计', '力争', '争取', '预估', '估计', '有望'];

/** Verbs and fillers around the number that change nothing (达到 8000亿元 = 8000亿元). */
export const VERBS: readonly string[] = [
  '达到', '达', '完成', '实现', '累计', '全年', '共计', '合计', '总计', '共', '控制在', '保持在', '维持在', '为',
];

/** Range separators between two numbers: 10-20, 10～20, 10~20, 10至20, 10到20. */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '至', '到'];

/** Chinese numerals inside ordinary words, never quantities (十分满意 is not 10 分). */
export const NOT_NUMERALS: readonly string[] = (
  '十分 一流 一体 一步 一些 一定 一般 一致 一起 一直 一线 一站式 一揽子 一网 一件事 一次性 一带一路 ' +
  '一把手 一旦 一切 一同 一并 一律 一贯 一向 一对一 三农 两化 四化 五化 两新 两高 三旧 ' +
  '一类 二类 三类 四类 五类' // grades (一类水质), not counts
).split(' ');

/** Marks the number after it as a percentage: 百分之九十五 → 95 %. */
export const PERCENT_OF = '百分之';

/** Before a number it is an ordinal (第六届, 第8.5代), never a quantity. */
export const ORDINAL_PREFIX = '第';

export const LIMITS = {
  /** A cell opening with a numberless clause this long is a statement, not a quantity. */
  proseLeadLetters: 6,
  /** More letters than this around the numbers and the cell is prose → text. */
  proseLetters: 30,
  /** Longer digit runs are identifiers or noise, not quantities. */
  maxDigits: 40,
  /** Parts kept for a cell that states very many quantities. */
  maxParts: 64,
  /** Unknown measure word after a number, taken as written only up to this length. */
  maxUnknownUnit: 3,
  /** Years a 4-digit number followed by 年 can be. */
  yearMin: 1900,
  yearMax: 2100,
} as const;
