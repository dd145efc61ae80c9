// One pass over a cell: the quantities it states, with their prefix operators and hedges, and the prose around them.
//   '持续播放5周，≥20次/日' → [eq 5 周, gte 20 次/日];  '召开 2 次以上联席会议' after a long lead clause → prose
import type { NumberOp } from '../schema.js';
import { foldText, isCjk, isClauseEnd, isDigit, isLatin, isSpace } from './chars.js';
import { NOT_NUMBER_WORDS, WORDS } from './lexicon.js';
import { AFTER_LETTER, AFTER_OP, AROUND_ZERO, isNumeralStart, NEGATIVE, PERCENT_OF, readQuantity, STRICT, type Found } from './read-quantity.js';
import { LIMITS } from './tables.js';

export interface Scan {
  readonly found: Found[];
  /** Letters (CJK and latin) not part of a quantity, operator, hedge or verb. */
  readonly letters: number;
  /** The cell opens with a numberless statement: its numbers are not its main content. */
  readonly prose: boolean;
}

const ENUM_COMMA = '、'.charCodeAt(0);
const MINUS = 0x2d; // dashes and the minus sign fold to it
const PLUS = 0x2b;
const FU = 0x8d1f; // 负, the written minus: 负3%, ≥负5%
const PLUS_MINUS = 0xb1; // ±5%: from −5 to 5

// A sign before a digit; 负 only before a digit too (负责, 负担 are words).
const isSign = (c: number): boolean => c === MINUS || c === PLUS || c === FU || c === PLUS_MINUS;

export function scan(text: string, strict: boolean): Scan {
  const s = foldText(text); // same length: spans index `text` too
  const n = s.length;
  const found: Found[] = [];
  let letters = 0, clauseLetters = 0, clauseFound = 0, prose = false;
  let op: NumberOp | null = null, opAt = -1, hedge: string | null = null, hedgeAt = -1, pctAt = -1;
  let afterLetter = false, afterNumber = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isClauseEnd(c)) {
      if (found.length === 0 && clauseLetters >= LIMITS.proseLeadLetters) prose = true;
      clauseLetters = 0; clauseFound = 0; op = null; hedge = null; pctAt = -1;
      afterLetter = false; afterNumber = false; i++;
      continue;
    }
    if (isSpace(c)) { i++; continue; }
    const signed = isSign(c) && !afterNumber && i + 1 < n && isDigit(s.charCodeAt(i + 1));
    const at = signed ? i + 1 : i;
    const nc = signed ? s.charCodeAt(at) : c;
    if (isNumeralStart(nc, pctAt >= 0)) {
      const skip = isDigit(nc) ? -1 : NOT_NUMBER_WORDS.match(s, at, n);
      if (skip > at) {
        letters += skip - at; clauseLetters += skip - at;
        op = null; pctAt = -1; afterLetter = true; afterNumber = false; i = skip;
        continue;
      }
      const flags = (strict ? STRICT : 0) | (pctAt >= 0 ? PERCENT_OF : 0) |
        (signed && (c === MINUS || c === FU) ? NEGATIVE : 0) | (signed && c === PLUS_MINUS ? AROUND_ZERO : 0) |
        (afterLetter ? AFTER_LETTER : 0) | (op !== null ? AFTER_OP : 0);
      const r = readQuantity(s, at, n, flags, i > 0 ? s.charCodeAt(i - 1) : 0);
      const f = typeof r === 'number' ? null : r;
      if (f && !isMarker(s, n, f, clauseLetters + clauseFound)) {
        if (op !== null && f.op !== 'range') { f.op = op; f.explicit = true; }
        f.start = Math.min(i, op !== null ? opAt : n, hedge !== null ? hedgeAt : n, pctAt >= 0 ? pctAt : n);
        if (hedge !== null) f.hedge = hedge;
        found.push(f);
        if (found.length >= LIMITS.maxParts) break; // enough to decide; hostile input stays cheap
        clauseFound++; hedge = null;
      } else if (!f) {
        letters++; clauseLetters++; // a year, a date or a name counts as words around the numbers
      }
      op = null; pctAt = -1; afterLetter = false; afterNumber = true; i = f ? f.end : (r as number);
      continue;
    }
    const w = WORDS.match(s, i, n);
    if (w > i) {
      const word = WORDS.value!;
      if (word.kind === 'op') { op = word.op; opAt = i; }
      else if (word.kind === 'hedge' && hedge === null) { hedge = word.text; hedgeAt = i; }
      else if (word.kind === 'percent-of') pctAt = i;
      afterLetter = false; afterNumber = false; i = w;
      continue;
    }
    if (isCjk(c) || isLatin(c)) {
      letters++; clauseLetters++; afterLetter = true;
    } else afterLetter = false;
    // any other char breaks an operator's hold on the next number
    op = null; pctAt = -1; afterNumber = false; i++;
  }
  return { found, letters, prose };
}

/** 1、 (1) 1. at the head of an item: a list marker, not a quantity. */
function isMarker(s: string, n: number, f: Found, clauseSoFar: number): boolean {
  if (f.unit !== null || f.hi !== null || f.explicit || f.end >= n) return false;
  const next = s.charCodeAt(f.end);
  if (next === ENUM_COMMA) return true;
  if (next === 0x29) return f.start > 0 && s.charCodeAt(f.start - 1) === 0x28;
  return next === 0x2e && clauseSoFar === 0 && f.end + 1 < n;
}
