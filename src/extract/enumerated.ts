// One cell holding a numbered list of indicators → one item per indicator; numbering may restart.
//   '1、效益指标：就业岗位，年度指标值：3000个。2、产出指标：…' → [{ label: '效益指标', name: '就业岗位', values: { target: '3000个' } }, …]
// Three spellings are read: each item with its class (1、产出指标：NAME，…), a class path per item
// （1）产出指标—数量指标：NAME，…, and a class heading over its items (产出指标：1、NAME，…；2、NAME，…).
import { roleOf, type Role } from './columns.js';
import { foldDigits } from './text.js';

export interface EnumeratedItem {
  /** The class label: 产出指标, or a path 产出指标—数量指标 as written. */
  label: string;
  name: string;
  values: Partial<Record<Role, string>>;
}

// An item number: 1、 2. （3） — not the 1. of a decimal.
const MARKER = String.raw`(?:\d{1,3}\s*[、.．](?!\d)|[（(]\s*\d{1,3}\s*[)）])`;
// Items and class headings start a cell or follow punctuation or a space. Written as "not after anything else",
// which is the same test (at the start there is no character to fail it) and runs several times faster in V8.
const AFTER_BREAK = String.raw`(?<![^。；;，,\s])`;
const ITEM_START = new RegExp(String.raw`${AFTER_BREAK}${MARKER}\s*`, 'g');
// A class heading over numbered items: '产出指标：1、…'.
const SECTION = new RegExp(String.raw`${AFTER_BREAK}([^：:，,。；;\d（(]{1,10}指标)\s*[：:]\s*(?=${MARKER})`, 'g');
// What every heading ends with, at most 10 characters after the heading starts.
const SECTION_KEY = new RegExp(String.raw`指标\s*[：:]\s*(?=${MARKER})`, 'g');
const FIRST_ITEM = new RegExp(String.raw`${MARKER}\s*`, 'y');
// The class an item names before its colon: short, no sentence in it.
const ITEM_LABEL = /^([^：:，,。；;]{1,16})[：:]/;
// A value label inside an item: ，年度指标值：
const VALUE_LABEL = /[，,；;\s]*((?:年度|实施周期|中长期|预期|实际)?[^，,：:。；;\s]{0,6}?(?:指标值|目标值|完成值|实现值|实际值|完成情况))\s*[：:]/g;
// The keyword and colon every value label ends with, at most 10 characters (a qualifier of up to 4 and 6 more)
// after the label starts, not counting the separators in front of it.
const VALUE_KEY = /(?:指标值|目标值|完成值|实现值|实际值|完成情况)\s*[：:]/g;
const LABEL_SEPARATOR = /[，,；;\s]/;

interface Mark {
  at: number;
  end: number;
  /** A class heading's label; undefined for an item. */
  section?: string;
}

export function enumeratedItems(cell: string): EnumeratedItem[] {
  // Full-width numbering (１、) counts too; folding keeps every index, so the items are cut from the text as written.
  const folded = foldDigits(cell);
  const marks: Mark[] = [];
  for (let m = execNear(SECTION, SECTION_KEY, 10, folded, 0); m; m = execNear(SECTION, SECTION_KEY, 10, folded, m.index + m[0].length)) {
    const end = m.index + m[0].length;
    marks.push({ at: m.index, end, section: m[1] ?? '' });
    // The heading's first item follows its colon, where ITEM_START does not look.
    FIRST_ITEM.lastIndex = end;
    const first = FIRST_ITEM.exec(folded);
    if (first) marks.push({ at: end, end: end + first[0].length });
  }
  ITEM_START.lastIndex = 0;
  for (let m = ITEM_START.exec(folded); m; m = ITEM_START.exec(folded)) marks.push({ at: m.index, end: m.index + m[0].length });
  // A heading sorts before the item that starts where it ends.
  marks.sort((a, b) => a.at - b.at || (a.section === undefined ? 1 : -1));

  const items: EnumeratedItem[] = [];
  let section: string | null = null;
  marks.forEach((mark, i) => {
    if (mark.section !== undefined) {
      section = mark.section.trim();
      return;
    }
    const item = parseItem(cell.slice(mark.end, marks[i + 1]?.at ?? cell.length), section);
    if (item) items.push(item);
  });
  return items;
}

function parseItem(body: string, section: string | null): EnumeratedItem | null {
  const own = ITEM_LABEL.exec(body);
  // '年度指标值：' right after the number is a value, not a class: the item has no class of its own.
  const label = own && roleOf(own[1] ?? '') === null ? (own[1] ?? '').trim() : null;
  const rest = label !== null && own ? body.slice(own[0].length) : body;
  const marks: { at: number; end: number; role: Role | null }[] = [];
  const next = (from: number) => execNear(VALUE_LABEL, VALUE_KEY, 10, rest, from, LABEL_SEPARATOR);
  for (let m = next(0); m; m = next(m.index + m[0].length)) {
    marks.push({ at: m.index, end: m.index + m[0].length, role: roleOf(m[1] ?? '') });
  }
  // An item needs a class (its own or its heading's) or a stated value: a bare numbered sentence is not one.
  const cls = label ?? section;
  if (cls === null && marks.length === 0) return null;
  const values: Partial<Record<Role, string>> = {};
  if (marks.length === 0) return { label: cls ?? '', name: trimEnd(rest), values };
  const name = trimEnd(rest.slice(0, marks[0]!.at));
  marks.forEach((mark, i) => {
    const text = trimEnd(rest.slice(mark.end, marks[i + 1]?.at ?? rest.length));
    const role = mark.role ?? 'target';
    if (text && values[role] === undefined) values[role] = text;
  });
  return { label: cls ?? '', name, values };
}

/**
 * The first match of the global `pattern` at or after `from`, as a scan from `from` finds it — but the scan starts
 * shortly before the first `key` instead: every match contains a key at most `reach` characters after its start,
 * or further only through a run of `skip` characters in front. Trying a pattern at every position of a long cell
 * is what is slow.
 */
function execNear(pattern: RegExp, key: RegExp, reach: number, text: string, from: number, skip?: RegExp): RegExpExecArray | null {
  key.lastIndex = from;
  const k = key.exec(text);
  if (k === null) return null;
  let start = Math.max(from, k.index - reach);
  while (skip && start > from && skip.test(text[start - 1] ?? '')) start--;
  pattern.lastIndex = start;
  return pattern.exec(text);
}

/** Trailing sentence punctuation is not part of a name or value. */
function trimEnd(text: string): string {
  return text.trim().replace(/[。；;，,]+$/, '').trim();
}
