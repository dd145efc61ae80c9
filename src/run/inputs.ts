// Command-line file arguments → one path per input, then each path's bytes; unreadable ones become messages.
//   expandArgs(['seeds/*.txt', '-']) → ['seeds/000….txt', …, '-'];  readArg('-') → { path: '-', bytes: <stdin> }
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export type Input = { path: string; bytes: Uint8Array } | { path: string; error: string };

const GLOB_CHARS = /[*?[\]{}]/;

/** Arguments → one path per input, globs expanded and sorted; nothing is read yet. A pattern matching nothing stays, for readArg to report. */
export async function expandArgs(args: string[]): Promise<string[]> {
  if (args.length === 0) return ['-'];
  const paths: string[] = [];
  for (const arg of args) {
    if (!isPattern(arg) || (await exists(arg))) {
      paths.push(arg);
      continue;
    }
    const { glob } = await import('tinyglobby'); // only a pattern needs the glob library; a shell has usually expanded it
    const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
    paths.push(...(matches.length > 0 ? matches : [arg]));
  }
  return paths;
}

/** One path from expandArgs → its bytes, or why it could not be read. `-` is standard input. */
export async function readArg(path: string, stdin?: Readable): Promise<Input> {
  if (path === '-') return readStdin(stdin);
  if (isPattern(path) && !(await exists(path))) return { path, error: 'no file matches this pattern' };
  return readInput(path);
}

function isPattern(arg: string): boolean {
  return arg !== '-' && GLOB_CHARS.test(arg);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readInput(path: string): Promise<Input> {
  try {
    // No stat first: reading a directory fails with EISDIR, which describeFsError words the same.
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
