// Word's checkboxes → ☑ / ☐: a content control (w14:checkbox, its state in w14:checked), a legacy form field
// (w:checkBox with w:checked / w:default) and the Wingdings box symbols (w:sym).
//   '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/>…</w:sdtPr><w:sdtContent>…<w:t>☒</w:t>…' → '☑'
import { CHECKED, UNCHECKED } from '../html.js';
import { attr, isOn, type XmlTag } from './xml.js';

interface Sdt {
  /** null: not a checkbox; else whether it is ticked. */
  box: boolean | null;
  inContent: boolean;
  shown: boolean;
}

// Symbol fonts' box glyphs (low byte of w:char): a ticked box, a crossed box, an empty box.
const SYMBOLS: Record<string, Record<number, string>> = {
  wingdings: { 0xfe: CHECKED, 0xfd: CHECKED, 0xa8: UNCHECKED, 0x6f: UNCHECKED, 0x71: UNCHECKED },
  'wingdings 2': { 0x52: CHECKED, 0x53: CHECKED, 0x54: CHECKED, 0xa3: UNCHECKED, 0x2a: UNCHECKED },
};

const isW = (tag: XmlTag): boolean => tag.uri.includes('wordprocessingml');
const isW14 = (tag: XmlTag): boolean => tag.uri.includes('/office/word/');

export class CheckboxTracker {
  private readonly sdts: Sdt[] = [];
  private legacy: { checked: boolean | null; byDefault: boolean } | null = null;

  constructor(private readonly emit: (box: string) => void) {}

  /** True when the tag was a checkbox's and needs nothing more. */
  open(tag: XmlTag): boolean {
    const sdt = this.sdts.at(-1);
    if (isW(tag) && tag.local === 'sdt') this.sdts.push({ box: null, inContent: false, shown: false });
    else if (isW(tag) && tag.local === 'sdtContent' && sdt) sdt.inContent = true;
    else if (isW14(tag) && tag.local === 'checkbox' && sdt) sdt.box = false;
    else if (isW14(tag) && tag.local === 'checked' && sdt) sdt.box = isOn(tag);
    else if (isW(tag) && tag.local === 'checkBox') this.legacy = { checked: null, byDefault: false };
    else if (isW(tag) && tag.local === 'default' && this.legacy) this.legacy.byDefault = isOn(tag);
    else if (isW(tag) && tag.local === 'checked' && this.legacy) this.legacy.checked = isOn(tag);
    else return false;
    return true;
  }

  close(tag: XmlTag): boolean {
    if (isW(tag) && tag.local === 'sdt') this.sdts.pop();
    else if (isW(tag) && tag.local === 'checkBox' && this.legacy) {
      this.emit((this.legacy.checked ?? this.legacy.byDefault) ? CHECKED : UNCHECKED);
      this.legacy = null;
    } else return false;
    return true;
  }

  /** The text a run shows: a checkbox control's glyph becomes its state, shown once. */
  text(text: string): string {
    const box = this.sdts.findLast((s) => s.box !== null && s.inContent);
    if (!box) return text;
    if (box.shown) return '';
    box.shown = true;
    return box.box ? CHECKED : UNCHECKED;
  }

  symbol(tag: XmlTag): string {
    const font = (attr(tag, 'font') ?? '').toLowerCase();
    const code = parseInt(attr(tag, 'char') ?? '', 16) & 0xff;
    return SYMBOLS[font]?.[code] ?? '';
  }
}
