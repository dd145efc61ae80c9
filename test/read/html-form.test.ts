// Which text is a web page: by its content, whatever its name; the seeds' TAB text with <p> in cells stays text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textForm } from '../../src/read/forms.js';

const text = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('textForm', () => {
  it.each([
    ['a page saved as .txt', '<!DOCTYPE html>\n<html><body><table><tr><td>a</td></tr></table></body></html>', 'a.txt'],
    ['a Word page saved as .txt', '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>', 'a.txt'],
    ['a page with no <html>', '<h2>某县绩效目标表</h2>\n<table><tr><td>a</td></tr></table>', 'a.txt'],
    ['a title line above a table', '某县绩效目标表\n<table border="1">\n<tr><td>a</td></tr>\n</table>', 'a.txt'],
    ['a page on one line', '<div class="content"><p>标题</p><table><tbody><tr><td>a</td></tr></tbody></table></div>', '-'],
  ])('%s is html', (_name, input, path) => {
    expect(textForm(input, path)).toBe('html');
  });

  it.each([
    ['TAB rows whose cells hold <p>', '<p>标题</p>\n<p>项目名称</p>\t<p>培训</p>\n<p>主管部门</p>\t<p>某局</p>\n一级指标\t二级指标\t<p>三级指标</p>\n'],
    ['prose that mentions <table>', '某县绩效自评报告\n一、基本情况\n本表用 <table> 排版。'],
    ['plain TAB text', '某县绩效目标表\n项目名称\t培训\n'],
  ])('%s is text', (_name, input) => {
    expect(textForm(input, 'a.txt')).toBe('text');
  });

  it('keeps every seed and the held-out TAB text with HTML cells on the text path', () => {
    for (const seed of ['000_94c012d1e06f7b6d', '001_98a5634400e74046', '002_203a48228822a7e9', '003_1b846bb66b8a451a', '004_c58b0c46542c9df7']) {
      expect(textForm(text(`../../seeds/${seed}.txt`), `${seed}.txt`)).toBe('text');
    }
    expect(textForm(text('../../eval/heldout4/40_hunan-archives-project-selfeval-html.txt'), 'a.txt')).toBe('text');
  });
});
