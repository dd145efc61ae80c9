// Command-line file arguments → the bytes of each input, in order; unreadable ones become messages.
//   ['seeds/*.txt', '-'] → [{ path: 'seeds/000….txt', bytes }, …, { path: '-', bytes: <stdin> }]
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string };

const GLOB_CHARS = /[*?[\]{}]/;

export async function gatherInputs(args: string[], stdin?: Readable): Promise<Input[]> {
  if (args.length === 0) args = ['-'];
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push(await readStdin(stdin));
    } else if (GLOB_CHARS.test(arg) && !(await exists(arg))) {
      const { glob } = await import('tinyglobby'); // only a pattern needs the glob library
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) inputs.push({ path: arg, error: 'no file matches this pattern' });
      for (const path of matches) inputs.push(await readInput(path));
    } else {
      inputs.push(await readInput(arg));
    }
  }
  return inputs;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readInput(path: string): Promise<Input> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { path, error: 'is a directory, expected a file' };
    return { path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { path, error: describeFsError(error) };
  }
}

async function readStdin(stdin?: Readable): Promise<Input> {
  if (!stdin) return { path: '-', error: 'no standard input' };
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    return { path: '-', error: describeFsError(error) };
  }
  return { path: '-', bytes: new Uint8Array(Buffer.concat(chunks)) };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
