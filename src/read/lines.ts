// Decoded text → text without invisible characters or odd spaces, and its lines (line n is index n - 1).
//   splitLines(cleanText('a\u200B\u3000b\r\n\rc\n')) → ['a b', '', 'c']

// Invisible format characters: zero-width space/joiners, LRM/RLM, bidi embeddings, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// Space characters a reader sees as an ordinary space: NBSP, en/em/thin spaces, narrow NBSP, ideographic space.
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_END = /\r\n|\r|\n/;

// A document typed with U+3000 between cells instead of tabs: in at least three lines it separates four or more
// words, with no sentence punctuation before the last word (only a reason column holds sentences), and no tab,
// pipe, heading mark or run of ASCII spaces. In such a document those lines' U+3000 are cell boundaries (three
// words are enough then: 总分　100　99.30); anywhere else U+3000 is a space.
const HAS_IDEOGRAPHIC = /^[^\t|#\n][^\t|\n]*\u3000[^\t|\n]*$/gm;
const SPACE_RUNS = /\S {3,}\S/g;
const UNTABBED = /^[^\t\n]*\u3000[^\t\n]*$/gm;
// ASCII , and : are left out: 3,200 and 8:30 are figures.
const SENTENCE = /[，。；！？：;]/;

function ideographicWords(line: string): number {
  if (line.includes('  ')) return 0;
  const words = line.replace(/^\u3000+|\u3000+$/g, '').split(/\u3000+/);
  return words.slice(0, -1).some((w) => SENTENCE.test(w)) ? 0 : words.length;
}

/**
 * Removes invisible characters, folds Kangxi radicals to the characters they stand for, and turns U+3000, NBSP and
 * other wide spaces into ' '; digits stay as written.
 */
// Kangxi radicals (⽬ U+2F6C for 目, ⼈ for 人) that PDF text extraction puts in place of the characters they look like.
const KANGXI = /[\u2F00-\u2FD5]/g;

export function cleanText(text: string): string {
  let t = text.replace(INVISIBLE, '');
  if (/[\u2F00-\u2FD5]/.test(t)) t = t.replace(KANGXI, (ch) => ch.normalize('NFKC'));
  if (t.includes('\u3000') && (t.match(HAS_IDEOGRAPHIC) ?? []).filter((line) => ideographicWords(line) >= 4).length >= 3) {
    t = t.replace(HAS_IDEOGRAPHIC, (line) => (ideographicWords(line) >= 3 ? line.replace(/\u3000/g, '\t') : line));
  }
  // In text laid out by position (a PDF copy: many runs of spaces) a U+3000 in the padding is two columns wide.
  if (t.includes('\u3000') && (t.match(SPACE_RUNS) ?? []).length >= 20) t = t.replace(UNTABBED, (line) => line.replace(/\u3000/g, '  '));
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
