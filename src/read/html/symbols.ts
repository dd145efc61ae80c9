// Checkboxes Word typed in a symbol font → the marks they show.
//   <span style='font-family:Wingdings'>þ</span>优 → '☑优';  <span style="font-family:'Wingdings 2'">£</span> → '☐'
// Word exports a symbol as its byte in the font's code page (þ = 0xFE) or as U+F000 plus that byte.
import { CHECKED, UNCHECKED } from '../html.js';

export type SymbolFont = 'wingdings' | 'wingdings2';

const MARKS: Record<SymbolFont, ReadonlyMap<number, string>> = {
  wingdings: new Map([
    [0xfe, CHECKED],
    [0xa8, UNCHECKED],
  ]),
  wingdings2: new Map([
    [0x52, CHECKED],
    [0xa3, UNCHECKED],
  ]),
};

const FONT = /font-family\s*:\s*["']?\s*wingdings(\s*2)?\b/i;

/** The symbol font an element's style or `<font face>` sets, or null. */
export function symbolFont(attrs: Record<string, string>): SymbolFont | null {
  const m = FONT.exec(attrs['style'] ?? '') ?? (attrs['face'] ? FONT.exec(`font-family:${attrs['face']}`) : null);
  if (!m) return null;
  return m[1] ? 'wingdings2' : 'wingdings';
}

/** Text set in a symbol font, its checkbox glyphs as ☑ / ☐; other characters as they are. */
export function symbolText(text: string, font: SymbolFont): string {
  const marks = MARKS[font];
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += marks.get(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code) ?? ch;
  }
  return out;
}
