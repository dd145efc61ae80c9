// The benchmark corpus: the seeds plus mutated copies, deterministic for a given size and PRNG seed.
//   ensureCorpus({ dir: 'bench/corpus/20mb', mb: 20 }) → { files: ['bench/corpus/20mb/a/00000.txt', …], bytes: 20000123, … }
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Bump when the generator changes, so an old corpus is rebuilt rather than reused.
const GENERATOR_VERSION = 1;
export const MB = 1_000_000;

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, chance: (p) => next() < p, pick: (list) => list[int(list.length)] };
}

/** Files of `mb` megabytes (10^6 bytes) in two halves a/ and b/; reused when the manifest matches. */
export function ensureCorpus({ dir, mb, seedsDir = 'seeds', seed = 7 }) {
  const seeds = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
  const key = { version: GENERATOR_VERSION, mb, seed, seeds: createHash('sha256').update(seeds.join('\0')).digest('hex').slice(0, 16) };
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (JSON.stringify(manifest.key) === JSON.stringify(key)) return manifest;
  }
  rmSync(dir, { recursive: true, force: true });
  for (const half of ['a', 'b']) mkdirSync(join(dir, half), { recursive: true });
  const random = createRandom(seed);
  const files = [];
  const encodings = {};
  let bytes = 0;
  for (let i = 0; bytes < mb * MB; i++) {
    // The seeds themselves come first, unchanged; then mutated copies, some joined into longer files.
    const text = i < seeds.length ? seeds[i] : mutatedDocument(seeds, random);
    const encoding = i < seeds.length ? 'utf-8' : pickEncoding(random);
    const data = encode(text, encoding);
    const path = join(dir, i % 2 === 0 ? 'a' : 'b', `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, data);
    files.push(path);
    bytes += data.byteLength;
    encodings[encoding] = (encodings[encoding] ?? 0) + 1;
  }
  const manifest = { key, files, bytes, encodings };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

function mutatedDocument(seeds, random) {
  const parts = random.chance(0.15) ? 2 + random.int(2) : 1;
  const texts = Array.from({ length: parts }, () => mutate(random.pick(seeds), random));
  let text = texts.join('\n\n');
  if (random.chance(0.15)) text = text.replace(/\r?\n/g, '\r\n');
  return text;
}

/** Line-level edits a re-published or re-typed report shows. */
function mutate(seed, random) {
  const lines = seed.replace(/\r\n/g, '\n').split('\n');
  const rows = () => lines.map((line, i) => (line.includes('\t') ? i : -1)).filter((i) => i >= 0);
  const edits = 1 + random.int(4);
  for (let e = 0; e < edits; e++) {
    const tableRows = rows();
    if (tableRows.length === 0) break;
    const at = random.pick(tableRows);
    switch (random.int(5)) {
      case 0: shuffleRun(lines, at, random); break;
      case 1: lines.splice(at, 0, ...Array(1 + random.int(2)).fill(lines[at])); break;
      case 2: lines[at] = splitCell(lines[at], random); break;
      case 3: lines[at] = mergeCells(lines[at], random); break;
      default: break; // numbers change below anyway
    }
  }
  let text = lines.join('\n');
  text = changeNumbers(text, random, 0.1 + random.next() * 0.3);
  if (random.chance(0.1)) text = text.replace(/[0-9]/g, (d) => (random.chance(0.5) ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d));
  return text;
}

// Shuffles a few consecutive table rows starting at `at`.
function shuffleRun(lines, at, random) {
  let end = at;
  while (end + 1 < lines.length && end - at < 8 && lines[end + 1].includes('\t')) end++;
  for (let i = end; i > at; i--) {
    const j = at + random.int(i - at + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
}

function splitCell(line, random) {
  const cells = line.split('\t');
  const i = random.int(cells.length);
  const cell = cells[i];
  if (cell.length < 4) return line;
  const cut = 1 + random.int(cell.length - 1);
  cells.splice(i, 1, cell.slice(0, cut), cell.slice(cut));
  return cells.join('\t');
}

function mergeCells(line, random) {
  const cells = line.split('\t');
  if (cells.length < 2) return line;
  const i = random.int(cells.length - 1);
  cells.splice(i, 2, cells[i] + cells[i + 1]);
  return cells.join('\t');
}

// Replaces some digit runs by other numbers of the same length (a leading digit stays non-zero).
function changeNumbers(text, random, share) {
  return text.replace(/[0-9]+/g, (run) => {
    if (!random.chance(share)) return run;
    let out = '';
    for (let i = 0; i < run.length; i++) out += String(i === 0 && run.length > 1 ? 1 + random.int(9) : random.int(10));
    return out;
  });
}

function pickEncoding(random) {
  const r = random.next();
  return r < 0.7 ? 'utf-8' : r < 0.78 ? 'utf-8-bom' : r < 0.9 ? 'gb18030' : 'utf-16le';
}

export function encode(text, encoding) {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.from('\uFEFF' + text, 'utf8');
    case 'utf-16le': return Buffer.from('\uFEFF' + text, 'utf16le');
    case 'gb18030': return encodeGb18030(text);
    default: throw new Error(`Unexpected encoding ${encoding}, expected utf-8, utf-8-bom, utf-16le or gb18030`);
  }
}

let GB18030 = null;

/** Text → GB18030 bytes, through a table built by inverting the platform's decoder. */
export function encodeGb18030(text) {
  GB18030 ??= buildGb18030Table();
  const out = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) out.push(code);
    else if (code >= 0x10000) out.push(...supplementary(code));
    else {
      const bytes = GB18030.get(char);
      if (!bytes) throw new Error(`Unexpected character U+${code.toString(16)}, expected one GB18030 encodes`);
      out.push(...bytes);
    }
  }
  const data = Buffer.from(out);
  if (new TextDecoder('gb18030').decode(data) !== text) throw new Error('GB18030 round trip failed');
  return data;
}

function buildGb18030Table() {
  const decoder = new TextDecoder('gb18030');
  const table = new Map();
  const add = (bytes) => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  }
  // Four-byte sequences cover the rest of the BMP (NBSP, some symbols).
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return table;
}

function supplementary(code) {
  let n = code - 0x10000;
  const b4 = 0x30 + (n % 10);
  n = Math.floor(n / 10);
  const b3 = 0x81 + (n % 126);
  n = Math.floor(n / 126);
  const b2 = 0x30 + (n % 10);
  return [0x90 + Math.floor(n / 10), b2, b3, b4];
}
