// word/numbering.xml → the labels Word draws before numbered paragraphs ('一、', '（二）', '1.2'), counted in
// document order, so an outline numbered by Word reads as one typed by hand.
//   lvl 0 = chineseCounting '%1、', lvl 1 = decimal '（%1）' → label(numId, 0) = '一、', label(numId, 1) = '（1）'
import { attr, walkXml, type XmlTag } from './xml.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

const DIGITS = '零一二三四五六七八九';
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** Counts numbered paragraphs; one per document. */
export class Numbering {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(
    private readonly abstracts: Map<string, Map<number, Level>>,
    private readonly nums: Map<string, { abstract: string; starts: Map<number, number> }>,
  ) {}

  /** The label of the next paragraph numbered (numId, ilvl), or '' for bullets and unknown lists. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num && this.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || ilvl < 0 || ilvl > 8) return '';
    const counts = this.counters.get(num.abstract) ?? [];
    this.counters.set(num.abstract, counts);
    // A list whose num overrides a start begins again there the first time it is used.
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet') return '';
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const at = levels.get(l);
      return formatNumber(counts[l] ?? at?.start ?? 1, at?.format ?? 'decimal');
    });
  }
}

export function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstract: string; starts: Map<number, number> } | null = null;
  let override = -1;
  walkXml(xml, 'word/numbering.xml', {
    open(tag: XmlTag) {
      const val = attr(tag, 'val') ?? '';
      if (tag.local === 'abstractNum') abstracts.set(attr(tag, 'abstractNumId') ?? '', (levels = new Map()));
      else if (tag.local === 'lvl' && levels && !num) levels.set(Number(attr(tag, 'ilvl')), (level = { format: 'decimal', text: '', start: 1 }));
      else if (tag.local === 'numFmt' && level) level.format = val;
      else if (tag.local === 'lvlText' && level) level.text = val;
      else if (tag.local === 'start' && level) level.start = Number(val) || 0;
      else if (tag.local === 'num') nums.set(attr(tag, 'numId') ?? '', (num = { abstract: '', starts: new Map() }));
      else if (tag.local === 'abstractNumId' && num) num.abstract = val;
      else if (tag.local === 'lvlOverride' && num) override = Number(attr(tag, 'ilvl'));
      else if (tag.local === 'startOverride' && num && override >= 0) num.starts.set(override, Number(val) || 0);
    },
    close(tag: XmlTag) {
      if (tag.local === 'abstractNum') levels = null;
      else if (tag.local === 'lvl') level = null;
      else if (tag.local === 'num') num = null;
    },
    text() {},
  });
  return new Numbering(abstracts, nums);
}

export function formatNumber(n: number, format: string): string {
  if (format.startsWith('chinese') || format === 'taiwaneseCounting' || format === 'ideographDigital' || format === 'japaneseCounting') return chinese(n);
  if (format === 'ideographTraditional' && n >= 1 && n <= 10) return STEMS[n - 1]!;
  if (format === 'decimalEnclosedCircle' || format === 'decimalEnclosedCircleChinese') return n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : String(n);
  if (format === 'decimalEnclosedParen' && n >= 1 && n <= 20) return String.fromCharCode(0x2473 + n);
  if (format === 'lowerLetter' || format === 'upperLetter') return letters(n, format === 'upperLetter');
  if (format === 'lowerRoman' || format === 'upperRoman') return roman(n, format === 'upperRoman');
  if (format === 'decimalZero') return String(n).padStart(2, '0');
  return format === 'none' ? '' : String(n);
}

/** 1–9999 in Chinese numerals as a clerk writes them: 十, 十一, 二十, 一百零五. */
function chinese(n: number): string {
  if (n < 1 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d !== 0) out += DIGITS[d]! + unit;
    else if (!out.endsWith('零') && digits.slice(i).some((x) => x !== 0)) out += '零';
  });
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.ceil(n / 26));
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of table) while (n >= value) (out += digits), (n -= value);
  return upper ? out.toUpperCase() : out;
}
