// PLACEHOLDER until `gzperf validate` lands.
import type { MainIO } from '../cli.js';

export async function runValidate(_files: string[], _flags: { format: string; maxWarnings?: number }, io: MainIO): Promise<number> {
  io.stderr.write('gzperf validate: not implemented yet\n');
  return 2;
}
