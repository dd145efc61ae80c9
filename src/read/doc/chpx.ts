// Character properties of a Word 97–2003 file (CHPX in 512-byte FKP pages) → the text Word does not show:
// tracked deletions (sprmCFRMarkDel) and hidden text (sprmCFVanish), which stay in the text stream of a .doc.
//   hiddenText(streams)(fc inside a deleted run) → true
import type { DocStreams } from './fib.js';
import { walkSprms } from './papx.js';
import { spanAt } from './span-at.js';

interface Run {
  fcStart: number;
  fcEnd: number;
}

const PAGE = 512;
const SPRM_DELETED = 0x0800;
const SPRM_VANISH = 0x083c;

/** Whether the character at a stream offset is deleted or hidden; null when no run is. */
export function hiddenText({ word, table, chpx }: DocStreams): ((fc: number) => boolean) | null {
  const n = chpx.lcb >= 12 ? Math.floor((chpx.lcb - 4) / 8) : 0;
  const runs: Run[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(chpx.fc + 4 * (n + 1) + 4 * i) & 0x3fffff;
    if ((pn + 1) * PAGE > word.length || seen.has(pn)) continue;
    seen.add(pn);
    runs.push(...hiddenRuns(word.subarray(pn * PAGE, (pn + 1) * PAGE)));
  }
  if (runs.length === 0) return null;
  runs.sort((a, b) => a.fcStart - b.fcStart);
  return (fc) => spanAt(runs, fc, (r) => r.fcStart, (r) => r.fcEnd) !== undefined;
}

/** One FKP page: crun + 1 offsets, then crun bytes locating each run's CHPX (in words): its length, then sprms. */
export function hiddenRuns(page: Buffer): Run[] {
  const crun = page[PAGE - 1]!;
  if (5 * crun + 4 > PAGE - 1) return [];
  const runs: Run[] = [];
  for (let i = 0; i < crun; i++) {
    const offset = page[4 * (crun + 1) + i]! * 2;
    if (offset === 0 || offset >= PAGE - 1) continue;
    let hidden = false;
    // 1 switches a property on; 0x81 gives the opposite of the style's, which is on for text styled plainly.
    walkSprms(page.subarray(offset + 1, Math.min(PAGE - 1, offset + 1 + page[offset]!)), (sprm, op) => {
      if ((sprm === SPRM_DELETED || sprm === SPRM_VANISH) && (op[0] === 1 || op[0] === 0x81)) hidden = true;
    });
    if (hidden) runs.push({ fcStart: page.readUInt32LE(4 * i), fcEnd: page.readUInt32LE(4 * i + 4) });
  }
  return runs;
}
