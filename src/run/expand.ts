// Command-line arguments → the list of inputs: globs, directories read recursively, `!GLOB` and --ignore, each file once.
//   expandArgs(['reports', '!**/draft*', 'a.txt', './a.txt']) → ['a.txt', 'reports/2024/x.docx', 'reports/y.txt'] sorted per argument
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, normalize, relative, resolve } from 'node:path';

/** The names gzperf reads in a directory; a file without one of them is read only when named (a folder holds READMEs, Makefiles…). */
export const KNOWN_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'doc', 'xlsx', 'xls', 'pdf'] as const;

const GLOB_CHARS = /[*?[\]{}]/;

export function isPattern(arg: string): boolean {
  return arg !== '-' && GLOB_CHARS.test(arg);
}

/**
 * Arguments → one path per input, nothing read yet: a glob expanded and sorted, a directory walked for KNOWN_EXTENSIONS
 * (sorted), `!GLOB` arguments and `ignore` dropping what they match, and a file reached twice (named twice, through a link)
 * kept once, as first given. A pattern matching nothing stays, for readArg to report. No argument at all is stdin.
 */
export async function expandArgs(args: string[], ignore: readonly string[] = []): Promise<string[]> {
  if (args.length === 0) return ['-'];
  const excluded = [...ignore, ...args.filter((a) => a.startsWith('!') && a.length > 1).map((a) => a.slice(1))].map(anywhere);
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('!') && arg.length > 1 && !(await exists(arg))) continue;
    paths.push(...(await expandOne(arg)));
  }
  const kept = excluded.length > 0 ? await dropIgnored(paths, excluded) : paths;
  return uniqueByFile(kept);
}

// A pattern without a slash names a file anywhere, as in .gitignore: `draft*` also drops `reports/draft-1.txt`.
function anywhere(pattern: string): string {
  return pattern.includes('/') ? pattern : `**/${pattern}`;
}

async function expandOne(arg: string): Promise<string[]> {
  if (arg === '-') return [arg];
  const info = await stat(arg).catch(() => undefined);
  if (info?.isDirectory()) {
    // A folder with nothing gzperf reads stays, for readArg to say so: nothing is skipped in silence.
    const found = await walk(arg);
    return found.length > 0 ? found : [arg];
  }
  if (info || !isPattern(arg)) return [arg];
  const { glob } = await import('tinyglobby'); // only a pattern needs the glob library; a shell has usually expanded it
  // An absolute pattern gives absolute paths, as the user wrote it (tinyglobby would make them relative to the cwd).
  const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
  return matches.length > 0 ? matches : [arg];
}

/** A directory's files of the known forms, at any depth, hidden folders left out; shown under the directory as given. */
async function walk(dir: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const pattern = `**/*.{${KNOWN_EXTENSIONS.join(',')}}`;
  const found = await glob(pattern, { cwd: dir, onlyFiles: true, caseSensitiveMatch: false });
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  return found.sort().map((rel) => base + rel);
}

/** The paths none of the ignore patterns match, as written, relative to the current directory or absolute. */
async function dropIgnored(paths: string[], ignore: string[]): Promise<string[]> {
  const { default: picomatch } = await import('picomatch'); // only an ignore pattern needs the matcher
  const ignored = picomatch(ignore, { dot: true });
  const forms = (p: string): string[] => [normalize(p), relative(process.cwd(), p), resolve(p)];
  return paths.filter((p) => p === '-' || isPattern(p) || !forms(p).some((form) => ignored(form)));
}

// Same file by its real path (a link, ./a and a, a file named twice): read once, shown as first given.
async function uniqueByFile(paths: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const path of paths) {
    const key = path === '-' ? '-' : await realpath(path).catch(() => resolve(path));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(path);
  }
  return out;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
