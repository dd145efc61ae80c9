// pdf.js (legacy build, for Node) loaded once, in this process, with no worker thread, no eval and no network:
//   const pdfjs = await loadPdfjs(); pdfjs.getDocument({ data, ...openOptions() })
// The Chinese CMaps come from the package's own folder on disk, so fonts without a ToUnicode map still read.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Pdfjs> {
  polyfillNode20();
  // pdf.js says on import what it could not polyfill for rendering; we never render, and stdout carries our JSON.
  const log = console.log;
  console.log = () => undefined;
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // The worker's code runs in this thread ("fake worker"): one import, bundled with the rest.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    console.log = log;
  }
}

/**
 * pdf.js 6 (the first release past CVE-2026-16633) calls ArrayBuffer.prototype.transferToFixedLength, which Node
 * has from 21 on; without it every page's drawing fails (silently). On Node 20 a copy does the same for pdf.js.
 */
function polyfillNode20(): void {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const out = new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return out;
    },
  });
}

/** The options every document is opened with. */
export function openOptions(): Record<string, unknown> {
  return {
    // CVE-2024-4367: a crafted font must never reach eval (fixed in the version we pin, and off besides).
    isEvalSupported: false,
    cMapUrl: cmapDir(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    // Only the page range we read is parsed; nothing is fetched.
    disableAutoFetch: true,
    disableStream: true,
    // A page pdf.js cannot parse is reported (and skipped) rather than read in part without a word.
    stopAtErrors: true,
    verbosity: 0,
  };
}

let cmaps: string | null = null;

/** The package's CMaps folder, found from wherever this module was installed or bundled to. */
function cmapDir(): string {
  cmaps ??= join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  return cmaps;
}
