// Paragraph properties of a Word 97–2003 file (PAPX in 512-byte FKP pages) → what tables need: in a table, the
// row's end (TTP), nesting depth, outline level, and the row's cell edges and merge marks (sprmTDefTable).
//   paraProps(streams)(fc of a row's end mark) → { inTable: true, ttp: true, itap: 1, tap: { edges: [0, 931, …], cells: […] } }
import type { DocStreams } from './fib.js';
import { spanAt } from './span-at.js';

export interface TapCell {
  /** 1 first of a horizontal merge, 2 or 3 merged into the cell before. */
  hMerge: number;
  vMerge: 'restart' | 'continue' | null;
}

export interface ParaProps {
  inTable: boolean;
  ttp: boolean;
  itap: number;
  /** The paragraph's style (an index into the style sheet). */
  istd: number;
  outline: number | null;
  /** A row end's cell edges in twips (cells + 1 of them) and its cells' merge marks. */
  tap: { edges: number[]; cells: TapCell[] } | null;
  /** A header row, repeated on each page (sprmTTableHeader). */
  header: boolean;
}

interface Run {
  fcStart: number;
  fcEnd: number;
  props: ParaProps;
}

const PAGE = 512;
const NONE: ParaProps = { inTable: false, ttp: false, itap: 0, istd: 0, outline: null, tap: null, header: false };

/** A lookup from a stream offset to the properties of the paragraph there; null when the file has no PAPX at all. */
export function paraProps({ word, table, data, papx }: DocStreams): ((fc: number) => ParaProps) | null {
  const n = papx.lcb >= 12 ? Math.floor((papx.lcb - 4) / 8) : 0;
  const runs: Run[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(papx.fc + 4 * (n + 1) + 4 * i) & 0x3fffff;
    // A page listed twice (damage) is read once.
    if ((pn + 1) * PAGE > word.length || seen.has(pn)) continue;
    seen.add(pn);
    runs.push(...fkpRuns(word.subarray(pn * PAGE, (pn + 1) * PAGE), data));
  }
  if (runs.length === 0) return null;
  runs.sort((a, b) => a.fcStart - b.fcStart);
  return (fc) => spanAt(runs, fc, (r) => r.fcStart, (r) => r.fcEnd)?.props ?? NONE;
}

/** One FKP page: crun + 1 offsets, then crun 13-byte entries whose first byte locates the PAPX (in words). */
function fkpRuns(page: Buffer, data: Buffer): Run[] {
  const crun = page[PAGE - 1]!;
  if (4 * (crun + 1) + 13 * crun > PAGE - 1) return [];
  const runs: Run[] = [];
  for (let i = 0; i < crun; i++) {
    const offset = page[4 * (crun + 1) + 13 * i]! * 2;
    let props = NONE;
    if (offset > 0 && offset < PAGE - 1) {
      const cb = page[offset]!;
      const [start, size] = cb !== 0 ? [offset + 1, 2 * cb - 1] : [offset + 2, 2 * page[offset + 1]!];
      // The first two bytes are the style index; the sprms follow.
      props = readSprms(page.subarray(start + 2, Math.min(PAGE - 1, start + size)), data);
      props.istd = start + 2 <= PAGE - 1 ? page.readUInt16LE(start) : 0;
    }
    runs.push({ fcStart: page.readUInt32LE(4 * i), fcEnd: page.readUInt32LE(4 * i + 4), props });
  }
  return runs;
}

const OPERAND_SIZE = [1, 1, 2, 4, 2, 2, -1, 3];

/** The sprms gzperf needs from a grpprl. */
export function readSprms(grpprl: Buffer, data: Buffer, props: ParaProps = { ...NONE }): ParaProps {
  walkSprms(grpprl, (sprm, op) => (sprm === SPRM_HUGE_PAPX && op.length >= 4 ? huge(props, data, op.readUInt32LE(0)) : apply(props, sprm, op)));
  return props;
}

/** Each sprm of a grpprl with its operand; a cut-off one ends the walk. */
export function walkSprms(grpprl: Buffer, visit: (sprm: number, op: Buffer) => void): void {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    let size = OPERAND_SIZE[sprm >> 13]!;
    let op = at;
    if (size < 0) {
      // sprmTDefTable's length is two bytes and counts itself plus one; every other variable length is one byte.
      if (sprm === 0xd608) [op, size] = [at + 2, at + 2 <= grpprl.length ? Math.max(0, grpprl.readUInt16LE(at) - 1) : 0];
      else [op, size] = [at + 1, grpprl[at] ?? 0];
    }
    if (op + size > grpprl.length) return;
    visit(sprm, grpprl.subarray(op, op + size));
    at = op + size;
  }
}

const SPRM_HUGE_PAPX = 0x6646;

/** sprmPHugePapx: the sprms are in the Data stream at the offset given, after their 2-byte length. */
function huge(props: ParaProps, data: Buffer, at: number): void {
  if (at + 2 > data.length) return;
  const end = Math.min(data.length, at + 2 + data.readUInt16LE(at));
  // A huge PAPX never points at another one; an empty data buffer stops a crafted loop.
  readSprms(data.subarray(at + 2, end), Buffer.alloc(0), props);
}

function apply(props: ParaProps, sprm: number, op: Buffer): void {
  if (sprm === 0x2416) props.inTable = op[0] !== 0;
  else if (sprm === 0x2417) props.ttp = op[0] !== 0;
  else if (sprm === 0x6649) props.itap = op.readInt32LE(0);
  else if (sprm === 0x2640) props.outline = op[0]! < 9 ? op[0]! : null;
  else if (sprm === 0xd608) props.tap = defTable(op);
  else if (sprm === 0x3404) props.header = op[0] !== 0;
  else if (sprm === 0xd62b && props.tap && op.length >= 2) {
    // sprmTVertMerge: one cell's vertical merge, after the table definition.
    const cell = props.tap.cells[op[0]!];
    if (cell) cell.vMerge = vMergeOf(op[1]!);
  }
}

/** TDefTableOperand: cell count, cells + 1 edges (2 bytes each), then a 20-byte TC80 per cell (flags first). */
function defTable(op: Buffer): ParaProps['tap'] {
  const n = op[0] ?? 0;
  if (1 + 2 * (n + 1) > op.length) return null;
  const edges = Array.from({ length: n + 1 }, (_, i) => op.readInt16LE(1 + 2 * i));
  const cells: TapCell[] = [];
  for (let i = 0; i < n; i++) {
    const at = 1 + 2 * (n + 1) + 20 * i;
    const flags = at + 2 <= op.length ? op.readUInt16LE(at) : 0;
    cells.push({ hMerge: flags & 0x3, vMerge: vMergeOf((flags >> 5) & 0x3) });
  }
  return { edges, cells };
}

function vMergeOf(flag: number): TapCell['vMerge'] {
  return flag === 3 ? 'restart' : flag === 1 ? 'continue' : null;
}
