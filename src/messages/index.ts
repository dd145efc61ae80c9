// One catalogue of what gzperf says to people, English and Chinese side by side, and the choice between them.
//   say('score-over-max', { got: 12, name: '资金管理', max: 10 }, 'zh') → '“资金管理”得分 12 超过其分值 12'
import { CATALOGUE, type MessageId, type Params } from './catalogue.js';

export type { MessageId, Params };
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** `--lang` when given (en, zh, zh-CN …), else the locale (LC_ALL, then LC_MESSAGES, then LANG): zh_* is Chinese. */
export function langFrom(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  const locale = flag ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^zh\b|^zh[-_]/i.test(locale) ? 'zh' : 'en';
}

/** Whether `--lang` names a language gzperf speaks. */
export function isLang(flag: string): boolean {
  return /^(?:en|zh)(?:[-_][A-Za-z]+)?$/i.test(flag);
}

export function say(id: MessageId, params: Params = {}, lang: Lang = 'en'): string {
  return CATALOGUE[id][lang](params);
}

/** A parser or rule code's message in `lang`, when the catalogue has one; otherwise the message as given. */
export function sayCode(code: string, params: Params, fallback: string, lang: Lang): string {
  return lang === 'en' || !(code in CATALOGUE) ? fallback : say(code as MessageId, params, lang);
}
