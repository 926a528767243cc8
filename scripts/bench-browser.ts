import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import compression from 'compression';
import handler from 'serve-handler';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium';

/** Lighthouse's "slow 4G": what a mid-range phone gets on a poor connection (CDP Network.emulateNetworkConditions). */
export const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** The reading benches' phone CPU: four times slower than this machine (Lighthouse's mobile setting). */
export const CPU_SLOWDOWN = 4;

export { kb } from '../lib/export/byte-size';
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * out/ served with gzip, as any static host or CDN does (the numbers are what a reader downloads), and the tests'
 * Chromium. `close` stops both.
 */
export async function serveOutToBrowser(): Promise<{ origin: string; browser: Browser; close: () => Promise<void> }> {
  const gzip = compression();
  const server = http.createServer((request, response) =>
    gzip(request as never, response as never, () => void handler(request, response, { public: 'out', trailingSlash: true })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return { origin, browser, close: async () => { await browser.close(); server.close(); } };
}

/**
 * A cold page in a fresh context on the slow profile: slow 4G and the CPU slowed CPU_SLOWDOWN×, a laptop-sized
 * window, no service workers. Close the context when done.
 */
export async function slowPhonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page; session: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', SLOW);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, session };
}
