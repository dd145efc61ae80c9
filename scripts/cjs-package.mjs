// After the CommonJS bundle is built: mark dist/cjs as CommonJS and give it the declarations, so that
// `require('gzperf')` type-checks in a CommonJS project as well as it runs.
//   dist/index.d.ts, dist/read/forms.d.ts … → dist/cjs/index.d.ts, dist/cjs/read/forms.d.ts …; dist/cjs/package.json
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  const from = join(entry.parentPath ?? entry.path, entry.name);
  if (!entry.isFile() || !entry.name.endsWith('.d.ts') || from.startsWith(join('dist', 'cjs'))) continue;
  const to = join('dist', 'cjs', relative('dist', from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
