// Character references in cell text → the characters they stand for; invalid ones stay as written.
//   decodeEntities('&gt;95%&nbsp;&#x4e00; &#99999999;') → '>95% 一 &#99999999;'
import { decodeHTML } from 'entities';
import { replaceCodePoint } from 'entities/decode';
import { cleanText } from './lines.js';

// Greedy character classes with nothing after them but an optional ';' cannot backtrack.
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|[a-zA-Z][a-zA-Z0-9]*);?/g;

/** Decodes named and numeric references the way a browser shows them, spaces and invisibles cleaned. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, decodeReference);
}

function decodeReference(match: string, hex: string | undefined, decimal: string | undefined): string {
  const digits = hex ?? decimal;
  if (digits === undefined) return cleanText(decodeNamed(match));
  const codePoint = Number.parseInt(digits, hex === undefined ? 10 : 16);
  // Browsers show U+FFFD for these; the written reference tells the reader more.
  if (!isScalarValue(codePoint)) return match;
  // replaceCodePoint maps C1 controls the way browsers do (&#150; → –).
  return cleanText(String.fromCodePoint(replaceCodePoint(codePoint)));
}

function decodeNamed(match: string): string {
  try {
    return decodeHTML(match);
  } catch {
    // entities has thrown on odd numeric input before; a named one must not take the cell down.
    return match;
  }
}

function isScalarValue(codePoint: number): boolean {
  return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
}
