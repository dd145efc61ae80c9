// What the library's entry points accept, checked before any work: a clear TypeError instead of a crash deep inside.
//   libraryInput('parseDocument', null, {}) → TypeError 'parseDocument: expected the document as a string, Uint8Array or ArrayBuffer, got null'
export interface CheckedInput {
  /** The document's bytes (a string is its UTF-8 encoding), or the text when a string was given. */
  bytes: Uint8Array;
  text: string | null;
  path: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

export function libraryInput(fn: string, input: unknown, options: unknown): CheckedInput {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`${fn}: expected options as an object such as { path: 'a.txt' }, got ${describe(options)}`);
  }
  const path: unknown = (options as { path?: unknown } | undefined)?.path;
  if (path !== undefined && typeof path !== 'string') throw new TypeError(`${fn}: expected options.path as a string, got ${describe(path)}`);
  const where = path ?? '-';
  if (typeof input === 'string') return { bytes: Buffer.from(input, 'utf8'), text: input, path: where };
  if (input instanceof Uint8Array) return { bytes: input, text: null, path: where };
  if (input instanceof ArrayBuffer) return { bytes: new Uint8Array(input), text: null, path: where };
  throw new TypeError(`${fn}: expected the document as a string, Uint8Array or ArrayBuffer, got ${describe(input)}`);
}
