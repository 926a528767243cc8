import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/find-chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PORT = PORT + 1;
const launchOptions = { executablePath: findChromium(), args: CHROMIUM_ARGS };

/** Browser tests run against the production export in out/ (and out-base/ for the base-path build). */
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions, trace: 'retain-on-failure' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /base-path\.spec/ },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /(navigation|layout|wayfinding|reading)\.spec/ },
    { name: 'base-path', use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}` }, testMatch: /base-path\.spec/ },
  ],
  webServer: [
    { command: `node scripts/serve-static.mjs out ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve-static.mjs out-base ${BASE_PORT} /atlas`, url: `http://127.0.0.1:${BASE_PORT}/atlas/`, reuseExistingServer: !process.env.CI },
  ],
});
