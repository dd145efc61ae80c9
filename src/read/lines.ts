// Decoded text → text without invisible characters or odd spaces, and its lines (line n is index n - 1).
//   splitLines(cleanText('a\u200B\u3000b\r\n\rc\n')) → ['a b', '', 'c']

// Invisible format characters: zero-width space/joiners, LRM/RLM, bidi embeddings, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// Space characters a reader sees as an ordinary space: NBSP, en/em/thin spaces, narrow NBSP, ideographic space.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_END = /\r\n|\r|\n/;

// A line whose words are separated by single ideographic spaces is a table row typed with U+3000 instead of tabs:
// at least two separators between words, no tab, no run of ASCII spaces. Each U+3000 is then a cell boundary.
const IDEOGRAPHIC_ROW = /^(?=[^\t\n]*\S\u3000+\S[^\t\n]*\S\u3000+\S)(?![^\n]* {2})[^\t\n]*$/gm;

/** Removes invisible characters and turns U+3000, NBSP and other wide spaces into ' '; digits stay as written. */
export function cleanText(text: string): string {
  let t = text.replace(INVISIBLE, '');
  if (t.includes('\u3000')) t = t.replace(IDEOGRAPHIC_ROW, (line) => line.replace(/\u3000/g, '\t'));
  return t.replace(SPACES, ' ');
}

/** Splits on CRLF, CR or LF, keeping empty lines so indexes map to 1-based line numbers. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_END);
  // A final line end closes the last line; it does not open an empty one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
