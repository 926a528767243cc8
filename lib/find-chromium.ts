import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/**
 * Which Chromium renders the diagrams and runs the browser tests, so both use one search order and one
 * message: CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) if set, then Playwright's own download
 * (a laptop after `npx playwright install chromium`), then the system's.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const candidates = [safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (found) return found;
  throw new Error(NO_CHROMIUM);
}

export const NO_CHROMIUM =
  'No Chromium found (needed to render new or changed diagrams, and for the browser tests). Either\n' +
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium), or\n' +
  '  - anywhere with internet: npx playwright install chromium, or\n' +
  '  - point to one you have: CHROMIUM_PATH=/path/to/chrome npm run diagrams   (or npm test)';

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** Flags for running as root in a sandbox with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
