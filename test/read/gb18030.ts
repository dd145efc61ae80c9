// Test helper: string → GB18030 bytes, built by inverting Node's decoder (there is no GB18030 TextEncoder).
//   encodeGb18030('你≥1') → <C4 E3 A1 DD 31>
import { TextDecoder } from 'node:util';

const decoder = new TextDecoder('gb18030', { fatal: true });
let twoByte: Map<string, number[]> | undefined;
let fourByte: Map<string, number[]> | undefined;

/** Encodes text as GB18030; throws on a character the encoding cannot hold (none in Unicode). */
export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x10000) bytes.push(...supplementary(code));
    else bytes.push(...bmp(char));
  }
  return Uint8Array.from(bytes);
}

function bmp(char: string): number[] {
  twoByte ??= invert(sequences([[0x81, 0xfe], [0x40, 0xfe]]));
  const found = twoByte.get(char) ?? (fourByte ??= invert(sequences([[0x81, 0x84], [0x30, 0x39], [0x81, 0xfe], [0x30, 0x39]]))).get(char);
  if (!found) throw new Error(`cannot encode U+${char.codePointAt(0)!.toString(16)} in GB18030`);
  return found;
}

// Supplementary planes map linearly from 0x90308130.
function supplementary(code: number): number[] {
  let n = code - 0x10000;
  const b4 = 0x30 + (n % 10);
  n = Math.floor(n / 10);
  const b3 = 0x81 + (n % 126);
  n = Math.floor(n / 126);
  return [0x90 + Math.floor(n / 10), 0x30 + (n % 10), b3, b4];
}

function sequences(ranges: Array<[number, number]>): number[][] {
  let out: number[][] = [[]];
  for (const [low, high] of ranges) {
    const next: number[][] = [];
    for (const prefix of out) for (let b = low; b <= high; b++) if (b !== 0x7f) next.push([...prefix, b]);
    out = next;
  }
  return out;
}

function invert(all: number[][]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const seq of all) {
    let char: string;
    try {
      char = decoder.decode(Uint8Array.from(seq));
    } catch {
      continue;
    }
    if ([...char].length === 1 && !map.has(char)) map.set(char, seq);
  }
  return map;
}
