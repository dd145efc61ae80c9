// Test helper: the published seed documents as { name, bytes, text }.
//   SEEDS[0] → { name: '000_94c012d1e06f7b6d.txt', bytes: <UTF-8>, text: '广州市工业和信息化局…' }
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../seeds/', import.meta.url);

export interface Seed {
  name: string;
  bytes: Uint8Array;
  text: string;
}

export const SEEDS: readonly Seed[] = readdirSync(root)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, root)));
    return { name, bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  });

/** The line of a seed that starts with `prefix`. */
export function seedLine(name: string, prefix: string): string {
  const seed = SEEDS.find((s) => s.name.startsWith(name));
  const line = seed?.text.split('\n').find((l) => l.startsWith(prefix));
  if (line === undefined) throw new Error(`no line starting with ${prefix} in seed ${name}`);
  return line;
}
