/**
 * The search part of `npm run bench`: what the browser loads (the index core, then the parts a query needs), index
 * build time and query latency in Node, and in Chromium the time from a keystroke to rendered results and from
 * opening search to first results, over the content ×1 and ×10 (synthetic variants of the real pages).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import handler from 'serve-handler';
import { buildSearchFile, searchRecords } from '../lib/search/build-index';
import { SearchEngine, type Missing } from '../lib/search/engine';
import { INDEX_BUILD_MEASURE } from '../lib/search/load-engine';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_DIR, type SearchIndexFile } from '../lib/search/payload';
import type { ShardStore } from '../lib/search/shard-store';
import { buildShards, indexPartPath, SEARCH_CORE_PATH, type ShardedIndex } from '../lib/search/shards';
import type { SearchRecord } from '../lib/search/records';
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
  console.log(`whole index  ${kb(index.length)} raw, ${kb(gzipSync(index, { level: 9 }).length)} gzip (for the MCP server; the browser loads the core and the parts a query needs)`);
  const textDir = `out${SEARCH_TEXT_DIR}/${(JSON.parse(index.toString()) as SearchIndexFile).version}`;
  const texts = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${textDir}/${f}`));
  const textBytes = texts.reduce((sum, t) => sum + t.length, 0);
  console.log(`text files   ${texts.length}, ${kb(textBytes / texts.length)} on average (${kb(textBytes)} in all): each section's prose, fetched for the snippets shown`);

  const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
  const engine = SearchEngine.fromFile(JSON.parse(index.toString()));
  const latencies: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      const started = performance.now();
      engine.search(q);
      latencies.push(performance.now() - started);
    }
  }
  console.log(`query (Node) p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))} over ${latencies.length} queries (${queries.length} relevance queries × 20)`);
  const tenfold = await benchScale(data);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-x10-'));
  try {
    writeParts(tenfold, dir);
    await benchInBrowser(1, 'out');
    await benchInBrowser(10, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The content ×`times`: each copy under its own path, its sentences rotated and one word in twenty made new. */
export function scaledRecords(base: SearchRecord[], times: number): SearchRecord[] {
  return Array.from({ length: times }, (_, k) =>
    base.map((r) => {
      if (k === 0) return r;
      const sentences = r.text.split(/(?<=\.)\s+/);
      const rotated = [...sentences.slice(k % sentences.length), ...sentences.slice(0, k % sentences.length)].join(' ');
      const text = rotated.split(' ').map((w, i) => (i % 20 === 7 ? `${w}v${k}` : w)).join(' ');
      return { ...r, url: `/copy-${k}${r.url}`, page: `${r.page} ${k}`, text };
    }),
  ).flat();
}

/** Writes an index's core and parts as the build does, under `dir` (served as the site's /search-data/ and /search-parts/ for ×10). */
function writeParts({ core, shards, positions, chunks }: ShardedIndex, dir: string): void {
  mkdirSync(path.join(dir, indexPartPath(core.version, 't', 0), '..'), { recursive: true });
  mkdirSync(path.join(dir, SEARCH_CORE_PATH, '..'), { recursive: true });
  writeFileSync(path.join(dir, SEARCH_CORE_PATH), JSON.stringify(core));
  const parts = [...shards.map((p, i) => ['t', i, p] as const), ...positions.map((p, i) => ['p', i, p] as const), ...chunks.map((p, i) => ['s', i, p] as const)];
  for (const [family, i, part] of parts) writeFileSync(path.join(dir, indexPartPath(core.version, family, i)), JSON.stringify(part));
}

/**
 * The content ×1 and ×10 (scaledRecords: the vocabulary grows too): building the index (search file and its split),
 * the core's gzip size, and what first use of search loads for each relevance query (core and parts, gzip, as the
 * browser fetches them into an empty page): the median query and the worst. Checks the split index answers each
 * relevance query as the whole one does, and returns the ×10 index for the browser.
 */
export async function benchScale(data: SiteData): Promise<ShardedIndex> {
  const base = searchRecords(data);
  let tenfold: ShardedIndex | undefined;
  for (const times of [1, 10]) {
    const records = scaledRecords(base, times);
    const builds: number[] = [];
    let sharded: ShardedIndex | undefined;
    let whole: SearchIndexFile | undefined;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const { texts: _texts, ...file } = buildSearchFile(records, data.searchSynonyms);
      sharded = buildShards(file);
      builds.push(performance.now() - started);
      whole = file;
    }
    const { core, shards, positions, chunks } = sharded!;
    const gz = (part: unknown) => gzipSync(JSON.stringify(part), { level: 9 }).length;
    const bytes = { t: shards.map(gz), p: positions.map(gz), s: chunks.map(gz) };
    const coreBytes = gz(core);
    const wholeEngine = SearchEngine.fromFile(whole!);
    const firstUse: { q: string; bytes: number; parts: number }[] = [];
    let differ = 0;
    for (const q of queries) {
      const engine = SearchEngine.fromCore(core);
      let loaded = coreBytes;
      let parts = 0;
      const load = async (store: ShardStore, missing: Missing) => {
        for (const i of missing.shards) store.addShard(i, shards[i]);
        for (const i of missing.positions) store.addPositions(i, positions[i]);
        for (const i of missing.chunks) store.addChunk(i, chunks[i]);
        loaded += [...missing.shards.map((i) => bytes.t[i]), ...missing.positions.map((i) => bytes.p[i]), ...missing.chunks.map((i) => bytes.s[i])].reduce((a, b) => a + b, 0);
        parts += missing.shards.length + missing.positions.length + missing.chunks.length;
      };
      const response = await engine.searchLoading(q, { limit: 24 }, load);
      if (JSON.stringify(response.hits.map((h) => [h.url, h.score])) !== JSON.stringify(wholeEngine.search(q, { limit: 24 }).hits.map((h) => [h.url, h.score]))) differ++;
      firstUse.push({ q, bytes: loaded, parts });
    }
    const sorted = [...firstUse].sort((a, b) => a.bytes - b.bytes);
    const median = sorted[sorted.length >> 1];
    const worst = sorted.at(-1)!;
    const all = shards.length + positions.length + chunks.length;
    console.log(
      `×${times}: ${records.length} records; index build (file + split) ${ms(percentile(builds, 0.5))} median of 3; whole index ${kb(gz(whole))} gzip; ` +
        `core ${kb(coreBytes)} gzip (vocabulary ${kb(gz(core.vocabulary))}), ${all} parts`,
    );
    console.log(
      `   first use (core + parts, gzip): median query ${kb(median.bytes)} ("${median.q}", ${median.parts} parts), worst ${kb(worst.bytes)} ("${worst.q}", ${worst.parts} parts); ` +
        `results as the whole index's: ${queries.length - differ} of ${queries.length} queries`,
    );
    if (times === 10) tenfold = sharded;
  }
  return tenfold!;
}

/**
 * In Chromium (headless) over the built site, its /search-data/ and /search-parts/ served from `searchDir` (the ×10 index for ×10):
 * opening search on a fresh page to the first result, and each keystroke of the relevance queries typed letter by
 * letter in one dialog to its results in the DOM, parts fetched on the way included (the first query to need a part
 * fetches it; later ones find it loaded).
 */
async function benchInBrowser(times: number, searchDir: string): Promise<void> {
  const server = http.createServer((request, response) =>
    handler(request, response, { public: /^\/search-(data|parts)\//.test(request.url ?? '') ? searchDir : 'out', trailingSlash: true }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    // Cold: a fresh page, nothing cached; from the shortcut to the first rendered result for "leak".
    const colds: number[] = [];
    const builds: number[] = [];
    for (let i = 0; i < 3; i++) {
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

    // Typing: each relevance query letter by letter, from each keydown to the results for the new value in the DOM;
    // keys back to back (the bar), then in a fresh page with a pause before each key (a typist's pace: not the bar).
    // At ×1, the back-to-back page is then profiled as it was typed into (its parts loaded: the engine's own time).
    const typed = await typeQueries(browser, origin, 0, times === 1 ? profileKeystrokes : undefined);
    const { latencies, fetched } = typed;
    console.log(
      `×${times} keystroke → results in the DOM (Chromium, headless, keys back to back, ${latencies.length} keystrokes, ${fetched} index files fetched on the way): ` +
        `p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(Math.max(...latencies))}`,
    );
    console.log(`   ${describeSlow(typed)}`);
    console.log(`   ${describeLast(typed)}`);
    const paced = await typeQueries(browser, origin, PAUSE);
    console.log(
      `×${times} the same at a typist's pace (${PAUSE} ms between a key's results and the next key, so prefetches can arrive; not the bar), ${paced.fetched} index files fetched: ` +
        `p50 ${ms(percentile(paced.latencies, 0.5))}, p95 ${ms(percentile(paced.latencies, 0.95))}, max ${ms(Math.max(...paced.latencies))}`,
    );
    console.log(`   ${describeSlow(paced)}`);
    console.log(`   ${describeLast(paced)}`);
    console.log(`×${times} open search → first results, cold page (Chromium, localhost): median ${ms(percentile(colds, 0.5))} of ${colds.length}; of which preparing the engine ${ms(percentile(builds, 0.5))}`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The pause before each key at a typist's pace (the second typing figure, not the bar). */
const PAUSE = 150;

interface Typed {
  latencies: number[];
  /** Per keystroke, the families (t, p, s) of the index parts that arrived between its keydown and its results. */
  arrived: string[][];
  /** Per keystroke, whether it was a query's last (the results the person typing it reads). */
  last: boolean[];
  fetched: number;
}

/**
 * The relevance queries typed letter by letter into one dialog of a fresh page, `pause` ms before each key: each
 * keystroke's time from keydown to its results in the DOM, and the index parts that arrived meanwhile (resource
 * timing: the responses that ended in that window, which the results may have waited for).
 */
async function typeQueries(browser: Browser, origin: string, pause: number, then?: (page: Page, input: Locator) => Promise<void>): Promise<Typed> {
  const page = await browser.newPage();
  try {
    let fetched = 0;
    page.on('request', (r) => /\/search-(data|parts)\//.test(r.url()) && fetched++);
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-theme-toggle][aria-label^="Switch"]').waitFor();
    await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-search-input]');
    await page.locator('[role="status"]', { hasText: /Type to search/ }).waitFor();
    const latencies: number[] = [];
    const arrived: string[][] = [];
    const last: boolean[] = [];
    for (const q of queries) {
      await input.fill('');
      for (let i = 0; i < q.length; i++) {
        const value = q.slice(0, i + 1);
        // Installed (awaited) before the key is pressed: resolves when the listbox says it shows this value's results.
        await page.evaluate((expected) => {
          const w = window as unknown as { measured: Promise<[number, string[]]> };
          const listbox = document.querySelector('[data-search-results-for]')!;
          w.measured = new Promise((resolve) => {
            let keydown = 0;
            window.addEventListener('keydown', () => (keydown = performance.now()), { capture: true, once: true });
            const observer = new MutationObserver(() => {
              if (listbox.getAttribute('data-search-results-for') !== expected) return;
              observer.disconnect();
              const now = performance.now();
              const parts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
                .filter((e) => e.responseEnd >= keydown && e.responseEnd <= now)
                .flatMap((e) => /\/search-parts\/[^/]+\/([tps])\d+\.json$/.exec(e.name)?.[1] ?? []);
              resolve([now - keydown, parts]);
            });
            observer.observe(listbox, { attributes: true, attributeFilter: ['data-search-results-for'] });
          });
        }, value);
        if (pause) await page.waitForTimeout(pause);
        await page.keyboard.type(q[i]);
        const [latency, parts] = await page.evaluate(() => (window as unknown as { measured: Promise<[number, string[]]> }).measured);
        latencies.push(latency);
        arrived.push(parts);
        last.push(i === q.length - 1);
      }
    }
    const result = { latencies, arrived, last, fetched };
    await then?.(page, input);
    return result;
  } finally {
    await page.close();
  }
}

/** How many keystrokes took over 16 ms, and how many of those had index parts arrive meanwhile, by family. */
function describeSlow({ latencies, arrived }: Typed): string {
  const slow = latencies.flatMap((latency, i) => (latency > 16 ? [i] : []));
  const waiting = slow.filter((i) => arrived[i].length > 0);
  const family = (f: string) => waiting.filter((i) => arrived[i].includes(f)).length;
  const any = latencies.filter((_, i) => arrived[i].length > 0).length;
  return (
    `${slow.length} of ${latencies.length} keystrokes over 16 ms (${((100 * slow.length) / latencies.length).toFixed(1)}%), ${waiting.length} of them with index parts arriving meanwhile ` +
    `(term shards in ${family('t')}, position shards in ${family('p')}, chunks in ${family('s')}); parts arrived during ${any} keystrokes in all`
  );
}

/** The last keystroke of each query alone: from it to the whole query's results, the ones read. */
function describeLast({ latencies, arrived, last }: Typed): string {
  const ends = latencies.flatMap((_, i) => (last[i] ? [i] : []));
  const lasts = ends.map((i) => latencies[i]);
  const waited = ends.filter((i) => latencies[i] > 16 && arrived[i].length > 0).length;
  return `last keystroke of each query (${lasts.length}): p50 ${ms(percentile(lasts, 0.5))}, p95 ${ms(percentile(lasts, 0.95))}, max ${ms(Math.max(...lasts))}; ${waited} over 16 ms with index parts arriving`;
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
