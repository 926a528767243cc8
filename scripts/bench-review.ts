/**
 * The review part of `npm run bench`: how long the checklist builder takes from changing a choice to the
 * updated list on screen (Chromium, headless, against out/), and how large the builder page is.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import handler from 'serve-handler';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Each round selects the next choice and times change event → list committed → next frame painted. */
export async function benchReview(): Promise<void> {
  const server = http.createServer((request, response) => handler(request, response, { public: 'out', trailingSlash: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/review/`, { waitUntil: 'networkidle' });
    await page.locator('[data-review-count]').waitFor();
    const choices: [string, string][] = [
      ['#review-system', 'fraud-detection'],
      ['#review-serving', 'real-time'],
      ['#review-maturity', '1'],
      ['#review-system', 'recommendation-systems'],
      ['#review-maturity', ''],
      ['#review-serving', ''],
      ['#review-system', 'predictive-analytics'],
      ['#review-system', ''],
    ];
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [select, value] of choices) {
        const elapsed = await page.evaluate(
          ([selector, next]) =>
            new Promise<number>((resolve, reject) => {
              // The list and its count line: a choice can leave the core list as it was (real-time serving adds
              // no core item), but the count of all items changes with every choice here.
              const builder = document.querySelector('[aria-label="Review checklist"]')!.closest('main')!;
              const element = document.querySelector<HTMLSelectElement>(selector)!;
              const timeout = setTimeout(() => reject(new Error(`${selector} = "${next}" changed nothing on the page in 10 s`)), 10_000);
              const observer = new MutationObserver(() => {
                observer.disconnect();
                clearTimeout(timeout);
                requestAnimationFrame(() => resolve(performance.now() - started));
              });
              observer.observe(builder, { childList: true, subtree: true, characterData: true });
              const started = performance.now();
              element.value = next;
              element.dispatchEvent(new Event('change', { bubbles: true }));
            }),
          [select, value] as const,
        );
        times.push(elapsed);
      }
    }
    const items = await page.locator('[aria-label="Review checklist"] li').count();
    console.log(`review builder: change a choice → updated list painted, median ${ms(median(times))}, max ${ms(Math.max(...times))} over ${times.length} changes (${items} items on the any-system list)`);
  } finally {
    await browser.close();
    server.close();
  }
}
