// A tiny PDF writer for tests: pages of text and drawn lines, Chinese set in STSong-Light through the UniGB-UCS2-H
// CMap with no ToUnicode map (so reading it back needs the bundled CMaps), and the hostile variants.
//   makePdf([{ texts: [{ x: 60, y: 80, text: '绩效目标' }], lines: [[50, 70, 300, 70]] }]) → <%PDF-1.4 …>
// Coordinates are points from the top-left corner of an A4 page.
import { createHash } from 'node:crypto';

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfPage {
  texts?: PdfText[];
  /** Stroked segments [x1, y1, x2, y2]. */
  lines?: [number, number, number, number][];
  /** Extra content-stream operators, as written. */
  raw?: string;
  /** The page's whole content stream, already Flate-compressed (for a zip bomb). */
  deflated?: Buffer;
}

const HEIGHT = 842;

/**
 * `encrypted`: a standard security handler whose user password is not empty (opening needs it);
 * `emptyPassword`: RC4 40-bit encryption that opens with the empty password (write only Latin text then: strings
 * outside content streams are not encrypted here).
 */
export function makePdf(pages: PdfPage[], options: { encrypted?: boolean; emptyPassword?: boolean } = {}): Buffer {
  const security = options.emptyPassword ? emptyPasswordSecurity() : null;
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const latin = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const descriptor = add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>');
  const cid = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
  const chinese = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  const kids: number[] = [];
  for (const page of pages) {
    const plain = page.deflated ? page.deflated.toString('latin1') : contentOf(page);
    // The content stream's object number is the next one added.
    const stream = security ? rc4(security.objectKey(objects.length + 1), Buffer.from(plain, 'latin1')).toString('latin1') : plain;
    const filter = page.deflated ? ' /Filter /FlateDecode' : '';
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')}${filter} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 ${HEIGHT}] /Contents ${content} 0 R /Resources << /Font << /F1 ${latin} 0 R /F2 ${chinese} 0 R >> >> >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    : security
      ? add(`<< /Filter /Standard /V 1 /R 2 /O <${security.o.toString('hex')}> /U <${security.u.toString('hex')}> /P -4 >>`)
      : 0;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const extra = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const ID = Buffer.from('01'.repeat(16), 'hex');

/** PDF 1.4 standard security, revision 2, both passwords empty (algorithms 3.1–3.4 of the reference). */
function emptyPasswordSecurity(): { o: Buffer; u: Buffer; objectKey: (n: number) => Buffer } {
  const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
  const o = rc4(md5(PAD).subarray(0, 5), PAD);
  const p = Buffer.alloc(4);
  p.writeInt32LE(-4);
  const key = md5(PAD, o, p, ID).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (n: number): Buffer => md5(key, Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0, 0])).subarray(0, 10);
  return { o, u, objectKey };
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function contentOf(page: PdfPage): string {
  const ops: string[] = ['0.5 w'];
  for (const [x1, y1, x2, y2] of page.lines ?? []) ops.push(`${x1} ${HEIGHT - y1} m ${x2} ${HEIGHT - y2} l S`);
  for (const t of page.texts ?? []) {
    const size = t.size ?? 9;
    // eslint-disable-next-line no-control-regex
    const ascii = /^[\x20-\x7e]*$/.test(t.text);
    const shown = ascii ? `(${t.text.replace(/[()\\]/g, '\\$&')})` : `<${Buffer.from(t.text, 'utf16le').swap16().toString('hex')}>`;
    ops.push(`BT /${ascii ? 'F1' : 'F2'} ${size} Tf ${t.x} ${HEIGHT - t.y} Td ${shown} Tj ET`);
  }
  if (page.raw) ops.push(page.raw);
  return ops.join('\n');
}

/** Lines of a ruled grid: horizontal rules at ys from xs[0] to the last x, vertical at xs from ys[0] to the last y. */
export function gridLines(xs: number[], ys: number[]): [number, number, number, number][] {
  const x0 = xs[0]!;
  const x1 = xs[xs.length - 1]!;
  const y0 = ys[0]!;
  const y1 = ys[ys.length - 1]!;
  return [...ys.map((y): [number, number, number, number] => [x0, y, x1, y]), ...xs.map((x): [number, number, number, number] => [x, y0, x, y1])];
}
