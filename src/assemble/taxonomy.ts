// The national indicator-class taxonomy (SPEC §1), used to place a class label whatever column it sits in.
//   classLabel('数 量 指 标') → { level: 2, label: '数量指标', parent: '产出指标' }
import { memo } from '../extract/memo.js';

export const CLASS_TREE: Readonly<Record<string, readonly string[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

export interface ClassLabel {
  level: 1 | 2;
  label: string;
  parent: string | null;
  /** A weight written into the label: 产出指标(50分) → 50. */
  weight: number | null;
}

const LEVEL1 = new Set(Object.keys(CLASS_TREE));
const PARENT = new Map<string, string>();
for (const [parent, children] of Object.entries(CLASS_TREE)) {
  for (const child of children) if (!PARENT.has(child)) PARENT.set(child, parent);
}
// Common short or variant spellings of the second level.
const ALIASES: Readonly<Record<string, string>> = {
  经济效益: '经济效益指标',
  社会效益: '社会效益指标',
  生态效益: '生态效益指标',
  可持续影响: '可持续影响指标',
  服务对象满意度: '服务对象满意度指标',
  满意度: '满意度指标',
  产出: '产出指标',
  效益: '效益指标',
  成本: '成本指标',
  数量: '数量指标',
  质量: '质量指标',
  时效: '时效指标',
  经济成本: '经济成本指标',
  社会成本: '社会成本指标',
  生态环境成本: '生态环境成本指标',
  可持续影响力指标: '可持续影响指标',
  社会公众或服务对象满意度指标: '服务对象满意度指标',
};

/** A list number before a label or heading: 1. 2、 一、 （一） (3). */
export const LIST_MARK = /^(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])/;

// （40分）, and a range of weights （40-50）分, which states no one weight.
const WEIGHT = /[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]\s*$|[（(]\s*\d+(?:\.\d+)?\s*[-—–~～]\s*\d+(?:\.\d+)?\s*分?\s*[）)]\s*分?\s*$/;

/** A class word cut short where an excerpt or a page ends: 数量指, 效益指. */
export function isCutClassLabel(cell: string): boolean {
  const t = cell.replace(/\s+/g, '');
  return t.length >= 3 && /指$/.test(t) && (LEVEL1.has(`${t}标`) || PARENT.has(`${t}标`));
}

/** The class a cell names, or null when it is not a class label. */
// Every class label holds one of these characters, also when written with spaces: 产 出 指 标.
const CLASS_CHARS = /[指效满产成数质时影]/;

export function classLabel(cell: string): ClassLabel | null {
  if (cell.length > 30 || !CLASS_CHARS.test(cell)) return null;
  return cachedLabel(cell);
}

const cachedLabel = memo(readLabel);

function readLabel(cell: string): ClassLabel | null {
  let text = cell.normalize('NFKC').replace(/\s+/g, '');
  let weight: number | null = null;
  const w = WEIGHT.exec(text);
  if (w) {
    weight = w[1] === undefined ? null : Number(w[1]);
    text = text.slice(0, w.index);
  }
  // A list number before the label: 1. 产出指标, 一、产出指标, （一）数量指标.
  text = text.replace(LIST_MARK, '').trimStart();
  const label = ALIASES[text] ?? text;
  if (LEVEL1.has(label)) return { level: 1, label, parent: null, weight };
  const parent = PARENT.get(label);
  if (parent) return { level: 2, label, parent, weight };
  return null;
}

const PATH_SEPARATOR = /\s*[/／—–\-－·>＞]+\s*/;

/** Both levels of a class in one cell: 产出指标/数量指标, 产出指标—成本指标, 产出指标（数量） → ['产出指标', '数量指标']; else null. */
export function classPath(cell: string): [string, string] | null {
  if (cell.length > 40) return null;
  // 产出指标（数量）: the second level in brackets.
  const bracketed = /^(.+?)\s*[（(]\s*([^（()）]+?)\s*[)）]$/.exec(cell);
  if (!bracketed && !PATH_SEPARATOR.test(cell)) return null;
  const parts = bracketed ? [bracketed[1] ?? '', bracketed[2] ?? ''] : cell.split(PATH_SEPARATOR).filter(Boolean);
  if (parts.length !== 2) return null;
  const top = classLabel(parts[0] ?? '');
  const child = classLabel(parts[1] ?? '');
  if (top?.level !== 1 || !child) return null;
  // 成本指标 reads as a first-level class by itself; under 产出指标 it is the second level.
  return CLASS_TREE[top.label]?.includes(child.label) ? [top.label, child.label] : null;
}

/** Keeps the current class path as labels arrive, row by row. */
export class ClassTracker {
  private level1: string | null = null;
  private level2: string | null = null;

  see(label: ClassLabel): void {
    if (label.level === 1) {
      // 成本指标 is both a first-level class and a second-level class under 产出指标.
      if (label.label === '成本指标' && this.level1 === '产出指标' && this.level2 !== null) {
        this.level2 = '成本指标';
        return;
      }
      if (this.level1 !== label.label) this.level2 = null;
      this.level1 = label.label;
    } else {
      this.level1 = label.parent;
      this.level2 = label.label;
    }
  }

  seePath([level1, level2]: [string, string]): void {
    this.level1 = level1;
    this.level2 = level2;
  }

  reset(): void {
    this.level1 = null;
    this.level2 = null;
  }

  levels(): [string | null, string | null] {
    return [this.level1, this.level2];
  }

  path(): string[] {
    return [this.level1, this.level2].filter((x): x is string => x !== null);
  }
}
