// -o FILE among the inputs: named on the command line it is refused, matched by a glob it is skipped.
//   findClash(['a.txt', 'out.json'], ['*'], 'out.json') → { skipped: ['out.json'] };  with args ['out.json'] → { refused: 'out.json' }
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Tell } from './messages.js';

export interface Clash {
  /** An input the user named that is also the output: reading it would destroy it. */
  refused?: string;
  /** Inputs a glob matched that are the output (an earlier run's result, to be replaced). */
  skipped: string[];
}

/** Same file by device and inode when both exist (a link, another spelling of the path), else by absolute path. */
export async function findClash(paths: readonly string[], args: readonly string[], output: string): Promise<Clash> {
  const target = await identity(output);
  const named = new Set(args);
  const skipped: string[] = [];
  for (const path of paths) {
    if (path === '-' || (await identity(path)) !== target) continue;
    if (named.has(path)) return { refused: path, skipped };
    skipped.push(path);
  }
  return { skipped };
}

async function identity(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : resolve(path);
}

/** The inputs left once -o FILE is settled among them, or undefined when the run must stop (already told why). */
export async function inputsBesideOutput(paths: string[], args: readonly string[], target: string, tell: Tell): Promise<string[] | undefined> {
  // Checked before anything is read or opened: the file the user asked to read must not be emptied.
  const clash = await findClash(paths, args, target);
  if (clash.refused) {
    tell(target, 'error', 'output-is-input');
    return undefined;
  }
  for (const path of clash.skipped) tell(path, 'warning', 'output-skipped');
  const left = paths.filter((path) => !clash.skipped.includes(path));
  if (left.length === 0) tell(target, 'error', 'no-input');
  return left.length > 0 ? left : undefined;
}
