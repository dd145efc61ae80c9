// Finds and starts the machine's Chromium (Debian's `chromium`) for the page tests; no browser is downloaded.
//   const browser = await startChromium(); … → a headless puppeteer Browser;  CHROMIUM_PATH overrides the search
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser's path, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

/** In CI a missing browser fails the run (it must not pass by skipping); elsewhere the tests skip, saying why. */
export function chromiumOrSkipReason(): { path: string } | { skip: string } {
  const path = findChromium();
  if (path) return { path };
  if (inCi()) throw new Error('No Chromium found on PATH (chromium, chromium-browser, google-chrome) and CI is set: .ci/run must install it (apt-get install -y chromium)');
  return { skip: 'no Chromium on PATH (install Debian’s chromium, or set CHROMIUM_PATH); the page tests are skipped outside CI' };
}

// CI=true on the CI machine; CI=false or 0, as some set it locally, means not.
function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export async function startChromium(path: string): Promise<Browser> {
  // Root (as in CI) cannot use Chromium's sandbox; /dev/shm is small in containers.
  return puppeteer.launch({ executablePath: path, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--font-render-hinting=none'] });
}
