// How a run speaks: colour from --color / --no-color, FORCE_COLOR, NO_COLOR and the terminal; the language; --quiet.
//   useColor(undefined, { FORCE_COLOR: '1' }, pipe) → true;  useColor(undefined, { NO_COLOR: '1' }, tty) → false
import type { CommonFlags } from '../cli.js';
import { langFrom, type Lang } from '../messages/index.js';

export interface Ui {
  lang: Lang;
  quiet: boolean;
  /** The flag as given (undefined: decide per stream). */
  color?: boolean;
}

/** The flag wins; then FORCE_COLOR (0 or false: off, 1-3 or empty: on, as chalk reads it); then NO_COLOR; then a terminal. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, stream: { isTTY?: boolean }): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY);
}

export function uiFrom(flags: Partial<CommonFlags>, env: Record<string, string | undefined>): Ui {
  return { lang: langFrom(flags.lang, env), quiet: Boolean(flags.quiet), ...(flags.color !== undefined ? { color: flags.color } : {}) };
}
