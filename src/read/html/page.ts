// A page's markup → blocks in document order: headings, paragraphs and tables as grids, read in one pass over
// htmlparser2's events (no DOM: a 50 MB page costs the blocks it holds, not a tree of every tag).
//   readPage('<h2>某县绩效自评表</h2><table><tr><td>项目名称</td><td>培训</td></tr></table>')
//     → blocks [heading '某县绩效自评表', table 1×2], notes []
import { Parser } from 'htmlparser2';
import type { Block, ReaderNote } from '../../model.js';
import { PageBuilder } from './builder.js';
import { LineIndex } from './text-run.js';

export interface Page {
  blocks: Block[];
  notes: ReaderNote[];
  /** The <title>, and its line (0 when none). */
  title: string;
  titleLine: number;
}

export function readPage(text: string): Page {
  const index = new LineIndex(text);
  let parser: Parser | null = null;
  const at = (offset: number): number => index.lineAt((parser?.startIndex ?? 0) + offset);
  const page = new PageBuilder({ here: () => at(0), from: at });
  const unread = (offset: number, what: string): void => {
    const line = index.lineAt(offset);
    page.notes.push({ severity: 'warning', code: 'html-unclosed', message: `Unexpected end of the page inside ${what} opened on line ${line}; the ${text.length - offset} characters from there were not read`, where: { line } });
  };
  // How far the parser's events reached: the tokenizer drops a tag cut off by the end (a quote never closed).
  let read = -1;
  const p = new Parser(
    {
      onopentag: (name, attrs) => {
        page.open(name, attrs);
        read = p.endIndex;
      },
      onclosetag: (name) => {
        page.close(name);
        read = Math.max(read, p.endIndex);
      },
      ontext: (data) => {
        page.text(data);
        read = p.endIndex;
      },
      oncomment: () => {
        // A comment left open swallows the rest of the page, in a browser too: say so.
        if (p.endIndex >= text.length - 1 && !/-->\s*$/.test(text.slice(-16))) unread(p.startIndex, 'a comment');
        read = p.endIndex;
      },
      onattribute: () => {
        read = p.endIndex;
      },
    },
    { decodeEntities: true },
  );
  parser = p;
  p.end(text);
  if (read + 1 < text.length && !/^[\s>]*$/.test(text.slice(read + 1))) unread(read + 1, 'a tag');
  page.finish();
  return { blocks: page.blocks, notes: page.notes, title: page.title.value().replace(/\n/g, ' '), titleLine: page.title.line };
}
