import { describe, expect, it } from 'vitest';
import { cellText, hasHtml } from '../../src/read/html.js';
import { seedLine } from './seeds.js';

describe('cellText', () => {
  it.each([
    // fast path
    ['plain text unchanged', '≥1500家次', '≥1500家次'],
    ['plain text keeps its spaces', ' 2,000 人次以上 ', ' 2,000 人次以上 '],
    // paragraphs
    ['one paragraph', '<p>年度指标值：≥1500家。</p>', '年度指标值：≥1500家。'],
    ['paragraphs with a space between', '<p>一是</p> <p>二是</p>', '一是\n二是'],
    ['br', 'a<br>b<br/>c<br />d', 'a\nb\nc\nd'],
    ['div and li', '<div>a</div><ul><li>b</li><li>c</li></ul>', 'a\nb\nc'],
    ['empty paragraphs vanish', '<p></p><p>a</p><p> </p><br><br><p>b</p><p>&nbsp;</p>', 'a\nb'],
    ['upper-case tags', '<P>A<BR>B</P>', 'A\nB'],
    ['inline tags removed', '<p>工业<span style="color:red">投资</span><b>551.6</b>亿元</p>', '工业投资551.6亿元'],
    ['Word namespaced tags', '<p>a<o:p></o:p></p>', 'a'],
    ['comments removed', 'a<!-- note -->b', 'ab'],
    ['table cells spaced', '<table><tr><td>a</td><td>b</td></tr></table>', 'a  b'],
    // entities
    ['&gt;', '年度指标值：&gt;2020家', '年度指标值：>2020家'],
    ['&lt; &amp; &quot;', '&lt;5% &amp; &quot;x&quot;', '<5% & "x"'],
    ['&nbsp; becomes a space', 'a&nbsp;b', 'a b'],
    ['&ge; &le;', '&ge;90 &le;100', '≥90 ≤100'],
    ['hex reference', '&#x4e00;&#X4E8C;', '一二'],
    ['decimal reference', '&#19977;&#8805;', '三≥'],
    ['reference without semicolon', '&gt5', '>5'],
    ['double-escaped stays escaped once', '&amp;lt;p&amp;gt;', '&lt;p&gt;'],
    ['escaped tags are text', '&lt;p&gt;x&lt;/p&gt;', '<p>x</p>'],
    ['out-of-range reference kept', 'a&#99999999;b', 'a&#99999999;b'],
    ['huge reference kept', '&#99999999999999999999999;', '&#99999999999999999999999;'],
    ['NUL reference kept', '&#0;', '&#0;'],
    ['surrogate reference kept', '&#xD800;', '&#xD800;'],
    ['unknown entity kept', '&foo; &bogus', '&foo; &bogus'],
    ['bare ampersand', 'R&D 研发', 'R&D 研发'],
    ['zero-width reference removed', 'a&#8203;b', 'ab'],
    ['C1 reference as a browser shows it', '&#150;', '–'],
    ['reference with leading zeros', '&#0000000060;', '<'],
    // checkboxes
    ['checked checkbox', '<input checked="" type="checkbox"/> 优', '☑ 优'],
    ['unchecked checkbox', '<input type="checkbox"/> 良', '☐ 良'],
    ['checked after type', '<input type="checkbox" checked> 中', '☑ 中'],
    ['checked="checked"', "<input type='checkbox' checked='checked'/>差", '☑差'],
    ['bare attributes, upper case', '<INPUT TYPE=CHECKBOX CHECKED>优', '☑优'],
    ['radio button', '<input type="radio" checked>是 <input type="radio">否', '☑是 ☐否'],
    ['a text input shows its value', '<input type="text" value="95&gt;">分', '95>分'],
    ['a hidden input shows nothing', '<input type="hidden" value="x">a', 'a'],
    // broken HTML
    ['unclosed paragraph', '<p>a<p>b', 'a\nb'],
    ['stray close tags', '</p>a</div>', 'a'],
    ['stray < with spaces', 'a < b', 'a < b'],
    ['< before digits', '<5%', '<5%'],
    ['< between percentages', '≥90%<100%', '≥90%<100%'],
    ['< before Chinese', '得分<90分', '得分<90分'],
    ['< before a non-tag word', 'x<y and z>w', 'x<y and z>w'],
    ['a tag cut off at the end', '<p>abc</p', 'abc'],
    ['a tag interrupted by another', 'a<p <b>c', 'a<p c'],
    ['an unterminated tag with text', '<br 小于5', '<br 小于5'],
    ['an unclosed comment', 'a<!-- b', 'a<!-- b'],
    ['an unclosed quote', '<p class="x>y', '<p class="x>y'],
    ['a > inside a quoted value', '<span title="a>b">c</span>', 'c'],
    ['a lone <', '<', '<'],
    ['a lone &', '&', '&'],
    ['declaration', '<!DOCTYPE html><p>a</p>', 'a'],
  ])('%s', (_, cell, text) => {
    expect(cellText(cell)).toBe(text);
  });

  it('reads the real grade cell of seed 003', () => {
    const cell = seedLine('003', '评价等级').split('\t')[1]!;
    expect(cellText(cell)).toBe('☑ 优 90分≤得分≤100分； ☐ 良 80分≤得分<90分； ☐ 中 60分≤得分<80分； ☐ 差 得分<60分');
  });

  it('reads a real multi-paragraph cell of seed 000 as one line per paragraph', () => {
    const cell = seedLine('000', '1.稳增长').split('\t')[1]!;
    const lines = cellText(cell).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.slice(0, 2))).toEqual(['一是', '二是', '三是']);
  });

  it('reads the real &gt; of seed 002', () => {
    const cell = seedLine('002', '信息化工作经费').split('\t')[2]!;
    expect(cellText(cell)).toContain('年度指标值：>2020家。');
    expect(cellText(cell)).not.toMatch(/[<&]/);
  });
});

describe('hasHtml', () => {
  it.each([
    ['<p>a</p>', true],
    ['a<br/>b', true],
    ['<input checked="" type="checkbox"/> 优', true],
    ['&gt;2020家', true],
    ['&#x4e00;', true],
    ['<!-- x -->', true],
    ['<o:p></o:p>', true],
    ['≥1500家次', false],
    ['得分<90分', false],
    ['a < b', false],
    ['x<y', false],
    ['R&D', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasHtml(text)).toBe(expected);
  });
});
