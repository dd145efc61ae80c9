// word/styles.xml → the heading level of each paragraph style (by its outline level, its name, or its base
// style's) and the list a style numbers its paragraphs with.
//   '<w:style w:styleId="2"><w:name w:val="heading 2"/></w:style>' → { headings: Map { '2' → 2 }, lists: Map {} }
import { attr, walkXml, type XmlTag } from './xml.js';

interface StyleInfo {
  name: string;
  basedOn: string | null;
  outline: number | null;
  numId: string | null;
  ilvl: number | null;
}

export interface ListRef {
  numId: string;
  ilvl: number;
}

export interface Styles {
  /** styleId → heading level 1–6, for the styles that are headings. */
  headings: Map<string, number>;
  /** styleId → the list its paragraphs are numbered in. */
  lists: Map<string, ListRef>;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

export function readStyles(xml: string): Styles {
  const styles = new Map<string, StyleInfo>();
  let current: StyleInfo | null = null;
  walkXml(xml, 'word/styles.xml', {
    open(tag: XmlTag) {
      if (tag.local === 'style') {
        current = { name: '', basedOn: null, outline: null, numId: null, ilvl: null };
        styles.set(attr(tag, 'styleId') ?? '', current);
      } else if (current && tag.local === 'name') current.name = attr(tag, 'val') ?? '';
      else if (current && tag.local === 'basedOn') current.basedOn = attr(tag, 'val') ?? null;
      else if (current && tag.local === 'outlineLvl') current.outline = Number(attr(tag, 'val'));
      else if (current && tag.local === 'numId') current.numId = attr(tag, 'val') ?? null;
      else if (current && tag.local === 'ilvl') current.ilvl = Number(attr(tag, 'val')) || 0;
    },
    close(tag: XmlTag) {
      if (tag.local === 'style') current = null;
    },
    text() {},
  });
  const headings = new Map<string, number>();
  const lists = new Map<string, ListRef>();
  for (const id of styles.keys()) {
    const level = levelOf(styles, id);
    if (level !== null) headings.set(id, level);
    const list = listOf(styles, id);
    if (list) lists.set(id, list);
  }
  return { headings, lists };
}

function listOf(styles: Map<string, StyleInfo>, id: string): ListRef | null {
  for (let style = styles.get(id), hops = 0; style && hops < 12; style = styles.get(style.basedOn ?? ''), hops++) {
    if (style.numId !== null) return style.numId === '0' ? null : { numId: style.numId, ilvl: style.ilvl ?? 0 };
  }
  return null;
}

/** Outline level 0–8 is heading 1–9 (capped at 6); 9 is body text. */
export function outlineLevel(value: string | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n < 9 ? Math.min(6, n + 1) : null;
}

function levelOf(styles: Map<string, StyleInfo>, id: string): number | null {
  // A chain of base styles is short; the bound guards against a cycle.
  for (let style = styles.get(id), hops = 0; style && hops < 12; style = styles.get(style.basedOn ?? ''), hops++) {
    if (style.outline !== null) return outlineLevel(String(style.outline));
    const named = HEADING_NAME.exec(style.name.trim());
    if (named) return Math.min(6, Number(named[1]));
    if (/^title$/i.test(style.name.trim())) return 1;
  }
  return null;
}
