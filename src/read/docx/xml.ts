// An XML part → open, close and text events, by a strict streaming parser that never expands declared entities.
//   walkXml('<w:p><w:t>产出</w:t></w:p>', 'word/document.xml', handler) → open w:p, open w:t, text '产出', close w:t, close w:p
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { UnreadableError } from '../decode.js';

export type XmlTag = SaxesTagNS;

export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** Parses the part; a DOCTYPE (where entity bombs and external entities live) or malformed XML is UnreadableError. */
export function walkXml(xml: string, part: string, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failure: UnreadableError | null = null;
  parser.on('doctype', () => {
    // Office never writes one; refusing it rules out entity expansion and external entities at once.
    throw new UnreadableError(`${part} declares a DOCTYPE (entity declarations are refused)`);
  });
  parser.on('error', (error) => {
    failure ??= new UnreadableError(`${part} is not well-formed XML (${firstLine(error.message)})`);
    throw failure;
  });
  parser.on('opentag', (tag) => handler.open(tag));
  parser.on('closetag', (tag) => handler.close(tag));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.write(xml).close();
}

/** An attribute's value by its local name (w:val → 'val'), whatever its prefix. */
export function attr(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a?.local === local) return a.value;
  }
  return undefined;
}

/** A Word on/off property: present with no value, or 1 / true / on. */
export function isOn(tag: XmlTag): boolean {
  const value = attr(tag, 'val');
  return value === undefined || value === '1' || value === 'true' || value === 'on';
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 120);
}
