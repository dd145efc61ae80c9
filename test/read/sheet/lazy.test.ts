// The Excel reader and SheetJS are loaded the first time a workbook is seen, never for text (cold start unchanged).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../../src/index.js';

const loaded = vi.hoisted(() => ({ sheet: false }));
vi.mock('../../../src/read/sheet/index.js', async (actual) => {
  loaded.sheet = true;
  return await actual();
});

describe('loading the Excel reader', () => {
  it('does not load it for text, and loads it for a workbook', async () => {
    await parse(readFileSync('seeds/000_94c012d1e06f7b6d.txt'), { path: 'a.txt' });
    await parse('<table><tr><td>a</td></tr></table>', { path: 'a.html' });
    expect(loaded.sheet).toBe(false);
    const [doc] = await parse(readFileSync('test/read/sheet/book.xlsx'), { path: 'book.xlsx' });
    expect(loaded.sheet).toBe(true);
    expect(doc!.document.form).toBe('xlsx');
  });
});
