// Running headers, footers and page numbers are not content: a line in a page's top or bottom margin that is a
// page number, or that comes back on other pages at the same height (its digits aside), is dropped:
//   '- 3 -' at the foot of page 3, '某某局2023年度绩效自评报告' atop pages 2–9  →  gone
import type { PageItem } from './layout.js';
import { lineText } from './text-lines.js';

const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–－]?\s*\d{1,4}\s*[-—–－]?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d+(?:\s*of\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)$/i;
// The share of the page height at its top and bottom where running lines stand.
const MARGIN = 0.1;

export function dropRunning(pages: PageItem[][], heights: readonly number[], body: number): PageItem[][] {
  // A title in a bigger font atop each of several forms is content, not a running header.
  const keyed = pages.map((items, p) =>
    items.map((item) => (item.type === 'line' && item.line.size < body * 1.3 && inMargin(item.y, heights[p]!) ? key(lineText(item.line)) : null)),
  );
  return pages.map((items, p) =>
    items.filter((item, i) => {
      const k = keyed[p]![i];
      if (k === null || k === undefined || item.type !== 'line') return true;
      if (PAGE_NUMBER.test(lineText(item.line))) return false;
      return !repeats(keyed, pages, p, k, item.y);
    }),
  );
}

function inMargin(y: number, height: number): boolean {
  return y < height * MARGIN || y > height * (1 - MARGIN);
}

function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Whether a line of the same words stands at about the same height on at least one other page. */
function repeats(keyed: (string | null)[][], pages: PageItem[][], p: number, k: string, y: number): boolean {
  if (k.length === 0) return true;
  return keyed.some((keys, q) => q !== p && keys.some((other, i) => other === k && Math.abs(pages[q]![i]!.y - y) < 8));
}
