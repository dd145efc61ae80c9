// One cell holding a numbered list of indicators → one item per indicator; numbering may restart.
//   '1、效益指标：就业岗位，年度指标值：3000个。2、产出指标：…' → [{ label: '效益指标', name: '就业岗位', values: { target: '3000个' } }, …]
import { roleOf, type Role } from './columns.js';
import { foldDigits } from './text.js';

export interface EnumeratedItem {
  /** The class label before the colon: 产出指标, 效益指标… */
  label: string;
  name: string;
  values: Partial<Record<Role, string>>;
}

// An item starts at a number and 、 followed by a short label ending in 指标 and a colon.
const ITEM_START = /(?:^|(?<=[。；;，,\s]))\d{1,3}\s*[、.．]\s*(?=[^：:，,。；;]{1,12}[：:])/g;
// A value label inside an item: ，年度指标值：
const VALUE_LABEL = /[，,；;\s]*((?:年度|实施周期|中长期|预期|实际)?[^，,：:。；;\s]{0,6}?(?:指标值|目标值|完成值|实现值|实际值|完成情况))\s*[：:]/g;

export function hasEnumeration(cell: string): boolean {
  ITEM_START.lastIndex = 0;
  const first = ITEM_START.exec(cell);
  return first !== null && /[：:]/.test(cell);
}

export function enumeratedItems(cell: string): EnumeratedItem[] {
  const starts: number[] = [];
  // Full-width numbering (１、) counts too; folding keeps every index, so the items are cut from the text as written.
  const folded = foldDigits(cell);
  ITEM_START.lastIndex = 0;
  for (let m = ITEM_START.exec(folded); m; m = ITEM_START.exec(folded)) starts.push(m.index);
  const items: EnumeratedItem[] = [];
  starts.forEach((start, i) => {
    const item = parseItem(cell.slice(start, starts[i + 1] ?? cell.length));
    if (item) items.push(item);
  });
  return items;
}

function parseItem(chunk: string): EnumeratedItem | null {
  const body = chunk.slice(/^\d{1,3}\s*[、.．]\s*/.exec(foldDigits(chunk))?.[0].length ?? 0).trim();
  const colon = body.search(/[：:]/);
  if (colon < 0) return null;
  const label = body.slice(0, colon).trim();
  const rest = body.slice(colon + 1);
  const values: Partial<Record<Role, string>> = {};
  VALUE_LABEL.lastIndex = 0;
  const marks: { at: number; end: number; role: Role | null }[] = [];
  for (let m = VALUE_LABEL.exec(rest); m; m = VALUE_LABEL.exec(rest)) {
    marks.push({ at: m.index, end: m.index + m[0].length, role: roleOf(m[1] ?? '') });
  }
  if (marks.length === 0) return { label, name: trimEnd(rest), values };
  const name = trimEnd(rest.slice(0, marks[0]!.at));
  marks.forEach((mark, i) => {
    const text = trimEnd(rest.slice(mark.end, marks[i + 1]?.at ?? rest.length));
    const role = mark.role ?? 'target';
    if (text && values[role] === undefined) values[role] = text;
  });
  return { label, name, values };
}

/** Trailing sentence punctuation is not part of a name or value. */
function trimEnd(text: string): string {
  return text.trim().replace(/[。；;，,]+$/, '').trim();
}
