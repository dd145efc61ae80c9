// A .doc's style sheet (STSH) → the heading level of each style, by its built-in identifier (sti 1–9 are
// 'heading 1' to 'heading 9' whatever the style is called in the user's language).
//   headingStyles(streams) → Map { 2 → 1, 3 → 2 }   (istd → level)
import type { DocStreams } from './fib.js';

export function headingStyles({ table, stsh }: DocStreams): Map<number, number> {
  const levels = new Map<number, number>();
  const end = stsh.fc + stsh.lcb;
  if (stsh.lcb < 4) return levels;
  const cstd = table.readUInt16LE(stsh.fc + 2);
  let at = stsh.fc + 2 + table.readUInt16LE(stsh.fc);
  for (let istd = 0; istd < cstd && at + 2 <= end; istd++) {
    const cbStd = table.readUInt16LE(at);
    if (cbStd >= 2 && at + 4 <= end) {
      const sti = table.readUInt16LE(at + 2) & 0x0fff;
      if (sti >= 1 && sti <= 9) levels.set(istd, Math.min(6, sti));
    }
    at += 2 + cbStd;
  }
  return levels;
}
