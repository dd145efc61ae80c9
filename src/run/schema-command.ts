// `gzperf schema`: the JSON Schema of parse's output, from the zod schema.
import type { MainIO } from '../cli.js';
import { outputJsonSchema } from '../schema.js';

export function runSchema(io: MainIO): number {
  io.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
  return 0;
}
