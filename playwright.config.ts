import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './lib/find-chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PORT = PORT + 1;
const launchOptions = { executablePath: findTestChromium(), args: CHROMIUM_ARGS };

/** Browser tests run against the production export in out/ (and out-base/ for the base-path build). */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  // Tests, not files, are spread over the workers: a file of per-page tests is shared out like any other.
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  // Assertions wait on conditions; this is only how long before one gives up. A cold search (engine, index, its
  // build in the browser) took over 5 s, the default, once at load ~16 (two CI runs side by side); an idle run
  // passes in well under that, and a passing assertion waits no longer for the higher bound.
  expect: { timeout: 15_000 },
  // The closing summary names the ten slowest tests and each spec file's share of the run.
  reporter: [['list'], ['./tests/e2e/slowest-reporter.ts']],
  // A trace is recorded on the retry of a failed test (CI retries once): recording one for every test, to keep
  // only the failures', costs each action a DOM snapshot. Locally, `npx playwright test --trace on`.
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions, trace: 'on-first-retry' },
  projects: [
    // A test tagged @phone runs only on the phone, one tagged @wide-screen only on the desktop: left out by the
    // project, a test costs nothing (a skip inside the test opens a page first).
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /base-path\.spec/, grepInvert: /@phone\b/ },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions },
      testMatch: /(navigation|layout|wayfinding|reading)\.spec/,
      grepInvert: /@wide-screen\b/,
    },
    { name: 'base-path', use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}` }, testMatch: /base-path\.spec/ },
  ],
  webServer: [
    { command: `node scripts/serve-static.mjs out ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve-static.mjs out-base ${BASE_PORT} /atlas`, url: `http://127.0.0.1:${BASE_PORT}/atlas/`, reuseExistingServer: !process.env.CI },
  ],
});
