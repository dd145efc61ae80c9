// An XML part → open, close and text events, by a strict streaming parser that never expands declared entities.
//   walkXml('<w:p><w:t>产出</w:t></w:p>', 'word/document.xml', handler) → open w:p, open w:t, text '产出', close w:t, close w:p
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnreadableError } from '../decode.js';

export interface XmlTag {
  local: string;
  /** The namespace the tag's prefix is bound to ('' when unbound). */
  uri: string;
  /** By qualified name, as written. */
  attributes: Record<string, string>;
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** Parses the part; a DOCTYPE (where entity bombs and external entities live) or malformed XML is UnreadableError. */
export function walkXml(xml: string, part: string, handler: XmlHandler): void {
  // saxes' own namespace handling costs a third of the parse; Office binds its prefixes once, at the root.
  const parser = new SaxesParser({ xmlns: false, position: true });
  const uris = new Map<string, string>();
  let failure: UnreadableError | null = null;
  parser.on('doctype', () => {
    // Office never writes one; refusing it rules out entity expansion and external entities at once.
    throw new UnreadableError(`${part} declares a DOCTYPE (entity declarations are refused)`);
  });
  parser.on('error', (error) => {
    failure ??= new UnreadableError(`${part} is not well-formed XML (${firstLine(error.message)})`);
    throw failure;
  });
  parser.on('opentag', (tag) => handler.open(tagOf(tag, uris, true)));
  parser.on('closetag', (tag) => handler.close(tagOf(tag, uris, false)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.write(xml).close();
}

function tagOf(tag: SaxesTagPlain, uris: Map<string, string>, opening: boolean): XmlTag {
  if (opening) {
    for (const key in tag.attributes) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) uris.set(key.slice(6), tag.attributes[key]!);
    }
  }
  const colon = tag.name.indexOf(':');
  const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
  return { local: tag.name.slice(colon + 1), uri: uris.get(prefix) ?? '', attributes: tag.attributes };
}

/** An attribute's value by its local name (w:val → 'val'), whatever its prefix. */
export function attr(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    if (key === local || (key.endsWith(local) && key[key.length - local.length - 1] === ':')) return tag.attributes[key];
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
