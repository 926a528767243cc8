/**
 * The search part of `npm run bench`: index size, build and import time, query latency in Node, and in
 * Chromium the time from a keystroke to rendered results and from opening search to first results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Locator, type Page } from '@playwright/test';
import handler from 'serve-handler';
import { buildSearchFile, searchRecords } from '../lib/search/build-index';
import { SearchEngine } from '../lib/search/engine';
import { INDEX_BUILD_MEASURE } from '../lib/search/load-engine';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_DIR, type SearchIndexFile } from '../lib/search/payload';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium';

const kb = (bytes: number) => `${Math.round((bytes / 1024) * 10) / 10} KB`;
const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(2)} ms`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

const queries = (JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { cases: { q: string }[] }).cases.map((c) => c.q);

export async function benchSearch(): Promise<void> {
  console.log('\nSearch');
  const index = readFileSync(`out${SEARCH_INDEX_PATH}`);
  console.log(`index file   ${kb(index.length)} raw, ${kb(gzipSync(index, { level: 9 }).length)} gzip (pages, headings, each section's words; the word index is built from it on load)`);
  const textDir = `out${SEARCH_TEXT_DIR}/${(JSON.parse(index.toString()) as SearchIndexFile).version}`;
  const texts = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${textDir}/${f}`));
  const textBytes = texts.reduce((sum, t) => sum + t.length, 0);
  console.log(`text files   ${texts.length}, ${kb(textBytes / texts.length)} on average (${kb(textBytes)} in all): each section's prose, fetched for the snippets shown`);

  const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
  const buildTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    buildSearchFile(searchRecords(data), data.searchSynonyms);
    buildTimes.push(performance.now() - started);
  }
  const importTimes: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    engine = SearchEngine.fromFile(JSON.parse(index.toString()));
    importTimes.push(performance.now() - started);
  }
  console.log(`file build   ${ms(percentile(buildTimes, 0.5))} median of 5; load (parse + building the word index) ${ms(percentile(importTimes, 0.5))}`);
  const latencies: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const q of queries) {
      const started = performance.now();
      engine!.search(q);
      latencies.push(performance.now() - started);
    }
  }
  console.log(`query (Node) p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))} over ${latencies.length} queries (${queries.length} relevance queries × 50)`);
  benchScale(data);
  await benchInBrowser();
}

/**
 * The content ×1 and ×10 (synthetic variants of the real pages: each copy under its own path, its sentences rotated
 * and one word in twenty made new, so the vocabulary grows too): the index file's gzip size (what first use fetches
 * besides the code and snippets), building it, loading it (parse + word index) and the query latency in Node for
 * every prefix of the relevance queries as typed.
 */
export function benchScale(data: SiteData): void {
  const base = searchRecords(data);
  const typed = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  for (const times of [1, 10]) {
    const records = Array.from({ length: times }, (_, k) =>
      base.map((r) => {
        if (k === 0) return r;
        const sentences = r.text.split(/(?<=\.)\s+/);
        const rotated = [...sentences.slice(k % sentences.length), ...sentences.slice(0, k % sentences.length)].join(' ');
        const text = rotated.split(' ').map((w, i) => (i % 20 === 7 ? `${w}v${k}` : w)).join(' ');
        return { ...r, url: `/copy-${k}${r.url}`, page: `${r.page} ${k}`, text };
      }),
    ).flat();
    let started = performance.now();
    const { texts: _texts, ...file } = buildSearchFile(records, data.searchSynonyms);
    const build = performance.now() - started;
    const json = JSON.stringify(file);
    started = performance.now();
    const engine = SearchEngine.fromFile(JSON.parse(json));
    const load = performance.now() - started;
    const latencies = typed.map((q) => {
      const t = performance.now();
      engine.search(q);
      return performance.now() - t;
    });
    console.log(
      `×${times}: ${records.length} records, index ${kb(gzipSync(json, { level: 9 }).length)} gzip, file build ${ms(build)}, load ${ms(load)}, ` +
        `query as typed (Node, ${latencies.length} prefixes) p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}`,
    );
  }
}

async function benchInBrowser(): Promise<void> {
  const server = http.createServer((request, response) => handler(request, response, { public: 'out', trailingSlash: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // Cold: a fresh page, nothing cached; from the shortcut to the first rendered result for "leak".
    const colds: number[] = [];
    const builds: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/pitfalls/cold-start/`, { waitUntil: 'networkidle' });
      await page.locator('[data-theme-toggle][aria-label^="Switch"]').waitFor();
      // In the page: the time of the shortcut's keydown, and of the first result option in the DOM.
      await page.evaluate(() => {
        const w = window as unknown as { cold: Promise<number> };
        w.cold = new Promise((resolve) => {
          let started = 0;
          window.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (document.querySelector('[role="listbox"] [role="option"]')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - started));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
      });
      await page.keyboard.press('Control+k');
      await page.locator('[data-search-input]').fill('leak');
      const cold = page.evaluate(() => (window as unknown as { cold: Promise<number> }).cold);
      colds.push(await cold);
      builds.push(await page.evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? NaN, INDEX_BUILD_MEASURE));
      await context.close();
    }

    // Warm: index loaded; from each keystroke to the results being in the DOM and to the next frame.
    const page = await browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-theme-toggle][aria-label^="Switch"]').waitFor();
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-search-input]');
    await input.fill('warm up');
    await page.locator('[role="status"]', { hasText: /section/ }).first().waitFor();
    const dom: number[] = [];
    const ours: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const q of queries) {
        await input.fill(q.slice(0, -1));
        // Three times per keystroke, in the page: keydown (the key arrives), input (the browser has edited
        // the field and hands it to React) and a 0 ms timeout after it (React has committed the results).
        // The listeners are installed (awaited) before the key is pressed.
        await page.evaluate(() => {
          const w = window as unknown as { measured: Promise<[number, number]> };
          w.measured = new Promise((resolve) => {
            let keydown = 0;
            window.addEventListener('keydown', () => (keydown = performance.now()), { capture: true, once: true });
            window.addEventListener(
              'input',
              () => {
                const input = performance.now();
                setTimeout(() => resolve([performance.now() - keydown, performance.now() - input]), 0);
              },
              { capture: true, once: true },
            );
          });
        });
        await page.keyboard.press(q.at(-1)!);
        const measured = page.evaluate(() => (window as unknown as { measured: Promise<[number, number]> }).measured);
        const [d, f] = await measured;
        dom.push(d);
        ours.push(f);
      }
    }
    console.log(`keystroke → results in the DOM (Chromium, headless): median ${ms(percentile(dom, 0.5))}, p95 ${ms(percentile(dom, 0.95))} (budget 5 ms)`);
    console.log(`  of which input event → results (search + React render): median ${ms(percentile(ours, 0.5))}, p95 ${ms(percentile(ours, 0.95))}; the rest is the browser's own key handling`);
    console.log(`open search → first results, cold page (Chromium, localhost): median ${ms(percentile(colds, 0.5))} of ${colds.length}; of which building the index ${ms(percentile(builds, 0.5))}`);
    await profileKeystrokes(page, input);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Where a keystroke's time goes: a CPU profile (CDP, 50 µs sampling) while typing the relevance queries letter
 * by letter, its samples summed by script and by the engine's own buckets, per keystroke.
 */
async function profileKeystrokes(page: Page, input: Locator): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  let keystrokes = 0;
  for (const q of queries) {
    await input.fill('');
    for (const key of q) {
      await page.keyboard.press(key === " " ? "Space" : key);
      keystrokes++;
    }
  }
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const buckets = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const frame = nodes.get(id)!;
    const script = frame.url.split('/').pop();
    const bucket = frame.functionName.startsWith('(') ? frame.functionName : script ? `script ${script}` : `native ${frame.functionName}`;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const rows = [...buckets].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  console.log(`CPU profile of ${keystrokes} keystrokes, ms per keystroke ("(program)" is the browser's own work: input, style, layout, paint):`);
  console.log(`  ${rows.slice(0, 8).map(([name, total]) => `${name} ${(total / keystrokes).toFixed(2)}`).join(' · ')}`);
}
