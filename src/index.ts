// The library: `import { parseDocument, normalizeQuantity } from 'gzperf'`.
export { parse, parseDocument, type ParseOptions } from './parse.js';
export { parseFile } from './parse-file.js';
export { UnreadableError } from './read/decode.js';
export { gridOf, type Block, type Cell, type DocModel, type Form, type FormReader, type Table } from './model.js';
export { normalizeQuantity } from './normalize/quantity.js';
export type { QuantityContext } from './normalize/context.js';
export { validateDocument, RULES, type Finding, type Rule } from './check/index.js';
export * from './schema.js';
