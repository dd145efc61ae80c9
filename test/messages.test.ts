// The one catalogue of messages: every entry speaks both languages, and the language follows --lang, then the locale.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type MessageId } from '../src/messages/catalogue.js';
import { isLang, langFrom, say, sayCode } from '../src/messages/index.js';

const CJK = /[\u4e00-\u9fff]/;
const SAMPLE = { name: '培训人次', item: '', got: 12, max: 10, total: 98, sum: 99.96, count: 26, grade: '良', expected: '优', band: '90 ≤ total', grades: '优 良 中 差', rate: '99%', rateName: '执行率', computed: '98.50', executed: '1', executedName: '执行数', budget: '2', budgetName: '预算数', reason: 'no such file', text: '干。', errors: 1, warnings: 2, warningsMax: 0, achieved: '80%', target: '≥90%' };

describe('the message catalogue', () => {
  it.each(Object.keys(CATALOGUE) as MessageId[])('%s says something in English and in Chinese', (id) => {
    const en = say(id, SAMPLE, 'en');
    const zh = say(id, SAMPLE, 'zh');
    expect(en.trim()).not.toBe('');
    expect(zh).toMatch(CJK);
    expect(en).not.toBe(zh);
  });

  it.each([
    ['--lang zh-CN', 'zh-CN', {}, 'zh'],
    ['--lang en wins over a Chinese locale', 'en', { LANG: 'zh_CN.UTF-8' }, 'en'],
    ['LANG=zh_CN.UTF-8', undefined, { LANG: 'zh_CN.UTF-8' }, 'zh'],
    ['LC_ALL before LANG', undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    ['LC_ALL=zh_TW', undefined, { LC_ALL: 'zh_TW.Big5' }, 'zh'],
    ['C locale', undefined, { LANG: 'C' }, 'en'],
    ['nothing set', undefined, {}, 'en'],
    ['a word starting zh is not Chinese', undefined, { LANG: 'zhx' }, 'en'],
  ] as const)('%s', (_name, flag, env, lang) => {
    expect(langFrom(flag, env)).toBe(lang);
  });

  it('knows which --lang values it speaks', () => {
    expect(['en', 'zh', 'zh-CN', 'zh_CN', 'en-US'].every(isLang)).toBe(true);
    expect(['fr', 'chinese', ''].some(isLang)).toBe(false);
  });

  it('keeps a code it has no Chinese for as given, and English as given', () => {
    expect(sayCode('some-new-code', {}, 'as given', 'zh')).toBe('as given');
    expect(sayCode('score-over-max', SAMPLE, 'as given', 'en')).toBe('as given');
    expect(sayCode('score-over-max', SAMPLE, 'as given', 'zh')).toBe('“培训人次”得分 12 超过其分值 10');
  });
});
