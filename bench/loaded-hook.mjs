// `node --import ./bench/loaded-hook.mjs …`: records every module the process loads (ESM and CommonJS) in $GZPERF_LOADED_LOG.
//   GZPERF_LOADED_LOG=/tmp/l.txt node --import ./bench/loaded-hook.mjs bin/gzperf.js parse seeds/*.txt → /tmp/l.txt: file:///…/dist/gzperf.mjs …
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const log = process.env.GZPERF_LOADED_LOG;
// The load hook runs on the loader thread; it appends each URL it is asked for, as the module is loaded.
const hook = `import{appendFileSync}from'node:fs';export async function load(u,c,n){appendFileSync(${JSON.stringify(log)},u+'\\n');return n(u,c);}`;
if (log) {
  register('data:text/javascript,' + encodeURIComponent(hook));
  // CommonJS modules pass outside the ESM hooks on Node 20: the require cache names them at exit.
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => appendFileSync(log, Object.keys(cache).map((p) => pathToFileURL(p).href + '\n').join('')));
}
