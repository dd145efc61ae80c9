// The charting library the page inlines, read from node_modules when `report` runs (never on the parse path).
//   await echartsSource() → '/* Licensed to the Apache Software Foundation … */ !function(t,e){…}'
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The common build has bar charts, mark lines and tooltips at ~700 KB; the full one is 1.1 MB.
const BUILD = 'echarts.common.min.js';

export async function echartsSource(): Promise<string> {
  // The package's main entry for require is dist/echarts.js, so its folder is the one holding every build.
  const main = createRequire(import.meta.url).resolve('echarts');
  const text = await readFile(join(dirname(main), BUILD), 'utf8');
  // Inlined inside <script>: a closing tag in a string literal would end the element early.
  return text.replace(/<\/(script)/gi, '<\\/$1');
}
