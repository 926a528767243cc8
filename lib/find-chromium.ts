import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Debian's build of Chromium's headless shell (package chromium-headless-shell), where it is installed. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Which Chromium renders the diagrams and runs the benches and screenshots (the browser tests: `findTestChromium`),
 * one search order and one message: CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) if set, then
 * Playwright's own download (a laptop after `npx playwright install chromium`), then the system's.
 */
export function findChromium(): string {
  const fromEnv = chromiumFromEnv();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  // The headless shell last: a machine set up for the tests only (.ci/run) may have nothing else.
  const candidates = [safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', HEADLESS_SHELL];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (found) return found;
  throw new Error(NO_CHROMIUM);
}

/**
 * The browser the browser tests drive: CHROMIUM_PATH if set, else Chromium's headless shell when installed, else
 * `findChromium()`. The shell is the same Blink without the full browser around it (Playwright's own default for
 * headless runs); the suite's 282 tests pass on both, in 5.1 min on the shell against 10.5–12.1 on Debian's full
 * `chromium` (every-page, 19 pages: 64–78 against 121–126 test-seconds, alternating). The benches, screenshots and
 * diagram renders keep `findChromium()`: what they measure or draw is what a reader's browser does.
 */
export function findTestChromium(): string {
  return !chromiumFromEnv() && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : findChromium();
}

/** The browser named by the environment, if any (checked for existence by `findChromium`). */
function chromiumFromEnv(): string | undefined {
  return process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || undefined;
}

export const NO_CHROMIUM =
  'No Chromium found (needed to render new or changed diagrams, and for the browser tests). Either\n' +
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium; for the tests alone,\n' +
  '    chromium-headless-shell is enough and faster), or\n' +
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
