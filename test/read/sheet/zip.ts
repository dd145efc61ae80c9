// Small workbooks built in the test, byte by byte, so hostile ones need no committed files.
//   xlsxOf({ sheet: '<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>' }) → <Buffer 50 4b 03 04 …>
import { inflateRawSync } from 'node:zlib';
import { buildZip } from '../../helpers/zip.js';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Sizes to write instead of the true ones, for a zip that lies. */
  declared?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

/** A zip of deflated entries, as Excel writes them. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  return buildZip(entries.map(({ declared, ...e }) => (declared === undefined ? e : { ...e, statedSize: declared })));
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook around the given <sheetData> rows (and optional shared strings, and styles.xml's inside). */
export function xlsxOf(parts: { sheet: string | Buffer; strings?: string; prolog?: string; styles?: string }): Buffer {
  const sheet = typeof parts.sheet === 'string' ? Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${parts.sheet}</sheetData></worksheet>`) : parts.sheet;
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: Buffer.from(contentTypes(parts.strings !== undefined, parts.styles !== undefined)) },
    { name: '_rels/.rels', data: Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: Buffer.from(`<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(workbookRels(parts.strings !== undefined, parts.styles !== undefined)) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ];
  if (parts.strings !== undefined) entries.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(`<?xml version="1.0"?>${parts.prolog ?? ''}<sst xmlns="${NS}">${parts.strings}</sst>`) });
  if (parts.styles !== undefined) entries.push({ name: 'xl/styles.xml', data: Buffer.from(`<?xml version="1.0"?><styleSheet xmlns="${NS}">${parts.styles}</styleSheet>`) });
  return zipOf(entries);
}

function contentTypes(strings: boolean, styles: boolean): string {
  const sst =
    (strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
    (styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '');
  return `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sst}</Types>`;
}

function workbookRels(strings: boolean, styles: boolean): string {
  const sst =
    (strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
    (styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : '');
  return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${sst}</Relationships>`;
}

/** The entries of a zip, inflated: the other way, to take a real workbook apart and damage one part. */
export function unzipOf(zip: Buffer): ZipEntry[] {
  const out: ZipEntry[] = [];
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLen = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    out.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLen), data: zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}
