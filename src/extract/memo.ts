// A bounded cache for pure functions of short cell text, which repeats across rows and documents.
//   const key = memo((s) => s.normalize('NFKC'));  key('分 值') computes once, then answers from the map
export function memo<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    // Clearing is simpler than LRU and keeps memory flat on corpora with endless distinct names.
    if (cache.size >= limit) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
