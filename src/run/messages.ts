// One message format everywhere, like eslint or remark: `path:line:col  severity  message  rule-id`.
//   tell('a.txt', 'warning', 'parse.no-indicators', {}, 'no-indicators') → 'a.txt:0:1  warning  No indicator found …  no-indicators'
import type { Writable } from 'node:stream';
import { say, type MessageId, type Params } from '../messages/index.js';
import type { Ui } from './ui.js';

/** `column`: 1-based, of the cell or character the message is about when known, else 1. */
export function formatMessage(path: string, line: number, severity: string, message: string, code: string, column = 1): string {
  return `${path}:${line}:${column}  ${severity}  ${message}  ${code}`;
}

/** A catalogue message about a whole input; `code` defaults to the message id. */
export type Tell = (path: string, severity: 'error' | 'warning', id: MessageId, params?: Params, code?: string) => void;

/** Messages on stderr in the run's language; --quiet keeps the errors only. `before` clears a progress line first. */
export function teller(stream: Writable, ui: Ui, before: () => void = () => {}): Tell {
  return (path, severity, id, params = {}, code = id) => {
    if (ui.quiet && severity !== 'error') return;
    before();
    stream.write(formatMessage(path, 0, say(`severity.${severity}`, {}, ui.lang), say(id, params, ui.lang), code) + '\n');
  };
}
