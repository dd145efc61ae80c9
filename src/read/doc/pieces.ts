// The piece table (Clx) of a Word 97–2003 file → the main text, and where each character sits in the WordDocument stream.
//   readPieces(streams) → { text: '绩效目标表\r项目名称\x07…', fcAt(0) → 1536 }
import { UnreadableError } from '../decode.js';
import type { DocStreams } from './fib.js';
import { spanAt } from './span-at.js';

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** One byte per character (Windows-1252) instead of UTF-16LE. */
  compressed: boolean;
}

export interface DocText {
  text: string;
  /** The stream offset of the character at cp, or -1 outside the pieces. */
  fcAt(cp: number): number;
}

const CP1252 = new TextDecoder('windows-1252');
const UTF16 = new TextDecoder('utf-16le');

export function readPieces({ word, table, clx, ccpText }: DocStreams): DocText {
  const pieces = pieceTable(table, clx.fc, clx.fc + clx.lcb);
  let text = '';
  for (const p of pieces) {
    if (p.cpStart >= ccpText) break;
    const n = Math.min(p.cpEnd, ccpText) - p.cpStart;
    const end = p.fc + n * (p.compressed ? 1 : 2);
    if (n < 0 || end > word.length) throw damaged('a text piece runs past the end of the WordDocument stream');
    text += (p.compressed ? CP1252 : UTF16).decode(word.subarray(p.fc, end));
  }
  const fcAt = (cp: number): number => {
    const p = pieceAt(pieces, cp);
    return p ? p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2) : -1;
  };
  return { text, fcAt };
}

/** Skips the Prc property blocks to the Pcdt, then reads its PlcPcd: n + 1 character positions and n 8-byte pieces. */
function pieceTable(table: Buffer, from: number, to: number): Piece[] {
  let at = from;
  while (at < to && table[at] === 0x01) {
    if (at + 3 > to) throw damaged('a cut-off property block in the piece table');
    at += 3 + table.readUInt16LE(at + 1);
  }
  if (at + 5 > to || table[at] !== 0x02) throw damaged('no piece table');
  const lcb = table.readUInt32LE(at + 1);
  const start = at + 5;
  if (start + lcb > to || lcb < 4 || (lcb - 4) % 12 !== 0) throw damaged('a piece table of the wrong size');
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const fcRaw = table.readUInt32LE(start + 4 * (n + 1) + 8 * i + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = fcRaw & 0x3fffffff;
    pieces.push({ cpStart: table.readUInt32LE(start + 4 * i), cpEnd: table.readUInt32LE(start + 4 * i + 4), fc: compressed ? Math.floor(fc / 2) : fc, compressed });
  }
  return pieces;
}

/** Pieces are in character order: a binary search. */
function pieceAt(pieces: readonly Piece[], cp: number): Piece | undefined {
  return spanAt(pieces, cp, (p) => p.cpStart, (p) => p.cpEnd);
}

function damaged(what: string): UnreadableError {
  return new UnreadableError(`a damaged Word 97–2003 document (${what})`);
}
