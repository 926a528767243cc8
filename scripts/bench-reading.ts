/**
 * The reading-speed part of `npm run bench` (issue #22): first and largest contentful paint of three page kinds
 * on a slow phone (Chromium, 150 ms RTT, 1.6 Mbit/s down, CPU slowed 4×, empty cache, gzip like any host), the
 * element that was the largest paint, when the page is hydrated (its theme toggle relabelled by React: the controls
 * work from then on), and the gzip size of each page's HTML and of its RSC payload file. Medians
 * of RUNS loads; the machine's load moves absolute times, so compare numbers taken in one run (the side-by-side
 * with Starlight: README, reading speed).
 *   npx tsx scripts/bench-reading.ts [runs]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { PAYLOAD_DIR } from '../lib/export/external-payload';
import { CPU_SLOWDOWN, kb, median, serveOutToBrowser, slowPhonePage, SLOW } from './bench-browser';

const PAGES = [
  { kind: 'home', path: '/' },
  { kind: 'pitfall', path: '/pitfalls/label-leakage/' },
  { kind: 'template (diagram)', path: '/templates/recommendation-template/' },
];

interface Paints {
  fcp: number;
  lcp: number;
  lcpElement: string;
  hydrated: number;
}

/** One cold load; FCP, the last LCP candidate and hydration, read once the page has settled. */
async function loadOnce(browser: Browser, url: string): Promise<Paints> {
  const { context, page } = await slowPhonePage(browser);
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp?: { time: number; element: string } };
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
      const el = last.element;
      w.__lcp = { time: last.startTime, element: el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}` : '?' };
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // Hydration: React gives the theme toggle its "Switch to …" label once it has mounted (theme-toggle.tsx). Only
    // that attribute is watched, so the observer adds next to nothing to the parse.
    new MutationObserver((_, observer) => {
      if (/^Switch to/.test(document.querySelector('[data-theme-toggle]')?.getAttribute('aria-label') ?? '')) {
        (window as unknown as { __hydrated?: number }).__hydrated = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributeFilter: ['aria-label'] });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => '__hydrated' in window, null, { timeout: 30_000 });
  const paints = await page.evaluate(() => {
    const w = window as unknown as { __lcp?: { time: number; element: string }; __hydrated: number };
    return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, lcp: w.__lcp?.time ?? NaN, lcpElement: w.__lcp?.element ?? '?', hydrated: w.__hydrated };
  });
  await context.close();
  return paints;
}

export async function benchReading(runs = 5): Promise<void> {
  const { origin, browser, close } = await serveOutToBrowser();
  try {
    console.log(`\nReading speed on a slow phone (${SLOW.latency} ms RTT, 1.6 Mbit/s, CPU ${CPU_SLOWDOWN}× slower; median of ${runs} cold loads)`);
    console.log('page kind'.padEnd(20), 'page'.padEnd(38), 'HTML gz KB', 'payload gz KB', 'FCP ms', 'LCP ms', 'hydrated ms', 'LCP element');
    for (const { kind, path: pathname } of PAGES) {
      const html = readFileSync(path.join('out', pathname, 'index.html'));
      // The RSC payload, a deferred file of its own (lib/export/external-payload.ts): needed to hydrate, not to paint.
      const payload = new RegExp(`src="[^"]*/(${PAYLOAD_DIR}/[^"]+)"`).exec(html.toString())?.[1];
      const payloadGzip = payload ? kb(gzipSync(readFileSync(path.join('out', payload)), { level: 6 }).length) : 0;
      const loads: Paints[] = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, `${origin}${pathname}`));
      const elements = [...new Set(loads.map((l) => l.lcpElement))].join(' / ');
      console.log(
        kind.padEnd(20),
        pathname.padEnd(38),
        String(kb(gzipSync(html, { level: 6 }).length)).padStart(10),
        String(payloadGzip).padStart(13),
        String(Math.round(median(loads.map((l) => l.fcp)))).padStart(6),
        String(Math.round(median(loads.map((l) => l.lcp)))).padStart(6),
        String(Math.round(median(loads.map((l) => l.hydrated)))).padStart(11),
        elements,
      );
    }
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchReading(Number(process.argv[2] ?? 5));
}
