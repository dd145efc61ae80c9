// The one of a sorted list of half-open spans [start, end) that holds a position: a binary search.
//   spanAt([{ start: 0, end: 4 }, { start: 4, end: 9 }], 5, (s) => s.start, (s) => s.end) → { start: 4, end: 9 }
export function spanAt<T>(spans: readonly T[], at: number, start: (s: T) => number, end: (s: T) => number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < start(span)) hi = mid - 1;
    else if (at >= end(span)) lo = mid + 1;
    else return span;
  }
  return undefined;
}
