/**
 * The navigation part of `npm run bench`, in Chromium against out/:
 * - cold load of a page (empty cache, no service worker): bytes on the wire and requests, until the network
 *   has been idle for a second after hydration (so prefetches and lazy images count);
 * - first use of search: bytes and requests from opening the dialog to the first results with their snippets
 *   (the snippets' texts load after the results render, one small file per result shown: they count);
 * - click → rendered for a link that was hovered first (prefetched on intent) and for one clicked cold,
 *   on localhost and under an emulated slow network (RTT 150 ms, 1.6 Mbit/s down), where it matters.
 */
import type { Browser, Page } from '@playwright/test';
import { kb, median, serveOutToBrowser, SLOW } from './bench-browser';

const PAGES = ['/', '/pitfalls/label-leakage/', '/systems/recommendation-systems/', '/patterns/feature-store/', '/templates/fraud-detection-template/', '/practices/'];
const COLD_PAGE_KB = 200;
const COLD_PAGE_REQUESTS = 15;
const SEARCH_KB = 70;

interface Traffic {
  bytes: number;
  requests: number;
  failed: number;
  /** Bytes and requests by the first folder of the path ("_next", "search-data", "search-text"). */
  byFolder: Map<string, { bytes: number; requests: number }>;
}

/** Counts every request of a page (CDP: bytes as transferred, compressed), from now on. */
async function watchTraffic(page: Page): Promise<() => Traffic> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const traffic: Traffic = { bytes: 0, requests: 0, failed: 0, byFolder: new Map() };
  const folders = new Map<string, string>();
  const folder = (id: string) => {
    const name = folders.get(id) ?? '?';
    if (!traffic.byFolder.has(name)) traffic.byFolder.set(name, { bytes: 0, requests: 0 });
    return traffic.byFolder.get(name)!;
  };
  session.on('Network.requestWillBeSent', (event) => {
    traffic.requests++;
    folders.set(event.requestId, new URL(event.request.url).pathname.split('/')[1] || '/');
    folder(event.requestId).requests++;
  });
  session.on('Network.loadingFinished', (event) => {
    traffic.bytes += event.encodedDataLength;
    folder(event.requestId).bytes += event.encodedDataLength;
  });
  session.on('Network.loadingFailed', () => traffic.failed++);
  return () => ({ ...traffic, byFolder: new Map(traffic.byFolder) });
}

async function hydrated(page: Page): Promise<void> {
  await page.locator('[data-theme-toggle][aria-label^="Switch"]').waitFor({ timeout: 90_000 });
}

async function idle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
}

async function coldLoad(browser: Browser, origin: string, pathname: string): Promise<Traffic> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const traffic = await watchTraffic(page);
  await page.goto(`${origin}${pathname}`);
  await hydrated(page);
  await idle(page);
  const result = traffic();
  await context.close();
  return result;
}

async function searchFirstUse(browser: Browser, origin: string): Promise<Traffic> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/pitfalls/cold-start/`);
  await hydrated(page);
  await idle(page);
  const traffic = await watchTraffic(page);
  await page.keyboard.press('Control+k');
  await page.locator('[data-search-input]').fill('leak');
  await page.locator('[role="listbox"] [role="option"]').first().waitFor();
  // The results render at once; the texts of the snippets shown follow (one small file each): count them too.
  await page.waitForFunction(() => !document.querySelector('[data-snippet-pending]'));
  await idle(page);
  const result = traffic();
  await context.close();
  return result;
}

/** Milliseconds from a click on the link to the new page's h1 being painted. */
async function clickToRendered(page: Page, href: string, hoverFirst: boolean): Promise<number> {
  const link = page.locator(`main a[href="${href}"], nav[aria-label="Site"] a[href="${href}"]`).first();
  const title = await page.evaluate(async (h) => {
    const response = await fetch(h);
    const html = await response.text();
    return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  }, href);
  if (hoverFirst) {
    await link.hover();
    await idle(page);
  }
  return link.evaluate(
    (a, expected) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('main h1')?.textContent === expected) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        // A click without moving the pointer over the link: no intent, so nothing was prefetched for it.
        (a as HTMLAnchorElement).click();
      }),
    title,
  );
}

async function navigationTimings(browser: Browser, origin: string, slow: boolean): Promise<{ hovered: number[]; cold: number[] }> {
  const hovered: number[] = [];
  const cold: number[] = [];
  const targets = ['/pitfalls/data-drift/', '/patterns/caching-strategies/', '/systems/fraud-detection/'];
  for (const i of targets.keys()) {
    for (const hoverFirst of [true, false]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (slow) {
        const session = await context.newCDPSession(page);
        await session.send('Network.emulateNetworkConditions', SLOW);
      }
      await page.goto(`${origin}/pitfalls/label-leakage/`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
      await hydrated(page);
      await idle(page);
      (hoverFirst ? hovered : cold).push(await clickToRendered(page, targets[(i + (hoverFirst ? 0 : 1)) % targets.length], hoverFirst));
      await context.close();
    }
  }
  return { hovered, cold };
}

export async function benchNavigation(): Promise<boolean> {
  const { origin, browser, close } = await serveOutToBrowser();
  let ok = true;
  try {
    console.log('\nCold page loads (Chromium, empty cache; bytes as transferred, until the network is idle)');
    console.log('page'.padEnd(40), 'KB'.padStart(7), 'requests', 'failed');
    for (const pathname of PAGES) {
      const t = await coldLoad(browser, origin, pathname);
      console.log(pathname.padEnd(40), String(kb(t.bytes)).padStart(7), String(t.requests).padStart(8), String(t.failed).padStart(6));
      if (kb(t.bytes) > COLD_PAGE_KB || t.requests > COLD_PAGE_REQUESTS) ok = false;
    }
    console.log(`budget: ${COLD_PAGE_KB} KB in ${COLD_PAGE_REQUESTS} requests`);
    const search = await searchFirstUse(browser, origin);
    const over = kb(search.bytes) > SEARCH_KB ? `, ${kb(search.bytes - SEARCH_KB * 1024)} KB over it` : '';
    const parts = [...search.byFolder].map(([name, t]) => `${name === '_next' ? 'code' : name} ${kb(t.bytes)} KB in ${t.requests}`).join(', ');
    console.log(`search, first use ("leak" until its snippets show): ${kb(search.bytes)} KB in ${search.requests} requests (budget ${SEARCH_KB} KB${over}): ${parts}`);
    if (kb(search.bytes) > SEARCH_KB) ok = false;
    for (const slow of [false, true]) {
      const { hovered, cold } = await navigationTimings(browser, origin, slow);
      const where = slow ? 'slow network (RTT 150 ms, 1.6 Mbit/s)' : 'localhost';
      console.log(
        `click → rendered, ${where}: hovered first ${Math.round(median(hovered))} ms (${hovered.map(Math.round).join(', ')}), cold ${Math.round(median(cold))} ms (${cold.map(Math.round).join(', ')})`,
      );
    }
  } finally {
    await close();
  }
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchNavigation().then((ok) => {
    if (!ok) {
      console.error('✖ over a navigation budget');
      process.exitCode = 1;
    }
  });
}
