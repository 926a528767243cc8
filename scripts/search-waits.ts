/**
 * npx tsx scripts/search-waits.ts
 * Which index parts make a keystroke wait, modelled in Node as the search dialog types (no network: a part asked for
 * is simply added): the 62 relevance queries of tests/search-queries.json typed letter by letter, back to back, in
 * one engine over the core (as one dialog), over the content ×1 and ×10 (bench-search.ts's scaledRecords). A
 * keystroke waits when the dialog's search (limit 24) reads a part not loaded; it is classified by the kinds of part
 * it waited for, over all its rounds: term shards while its last word has one letter (a first letter: titles are
 * matched by word starts, so it reads every title word with that letter), the last word's own term shard (two letters
 * or more), other term shards (its prefixes, forms and typos grown into other shards; earlier words), position shards
 * (phrase checks), section chunks (headings: to render the results and for the title checks). Two models of the
 * keystrokes' prefetch (SearchEngine.upcoming, at most two parts a keystroke): arrived before the next key (a
 * typist's pace) and never in time (keys back to back, as `npm run bench` types).
 * `--targets 12000,24000`: the same over shards split at other sizes (shards.ts SHARD_TARGET), with what first use
 * loads (core and parts, gzip, for each relevance query into an empty engine: median and worst), the other bar.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSearchFile, searchRecords } from '../lib/search/build-index';
import { SearchEngine, type Missing } from '../lib/search/engine';
import { words } from '../lib/search/normalize';
import { buildShards, SHARD_TARGET, type ShardedIndex } from '../lib/search/shards';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { scaledRecords } from './bench-search';

const KINDS = ['first letter', 'own word shard', 'other term shards', 'positions', 'chunks'] as const;
type Kind = (typeof KINDS)[number];

const queries = (JSON.parse(readFileSync('tests/search-queries.json', 'utf8')) as { cases: { q: string }[] }).cases.map((c) => c.q);

/** Per keystroke, the kinds of part it waited for (empty: answered at once), with prefetch arriving in time or not. */
export async function typingWaits(index: ShardedIndex, prefetch: boolean): Promise<{ waits: Set<Kind>[]; parts: number }> {
  const { core, shards, positions, chunks } = index;
  const engine = SearchEngine.fromCore(core);
  const store = engine.store;
  const waits: Set<Kind>[] = [];
  let parts = 0;
  const add = (missing: Missing) => {
    const fresh = [...missing.shards.filter((i) => !store.hasShard(i)), ...missing.positions.filter((i) => !store.hasPositions(i)), ...missing.chunks.filter((i) => !store.hasChunkIndex(i))];
    parts += fresh.length;
    for (const i of missing.shards) store.addShard(i, shards[i]);
    for (const i of missing.positions) store.addPositions(i, positions[i]);
    for (const i of missing.chunks) store.addChunk(i, chunks[i]);
  };
  for (const q of queries) {
    for (let n = 1; n <= q.length; n++) {
      const value = q.slice(0, n);
      const kinds = new Set<Kind>();
      if (value.trim()) {
        const last = words(value).at(-1) ?? '';
        const own = last ? store.shardOf(last) : -1;
        await engine.searchLoading(value, { limit: 24 }, async (_store, missing) => {
          for (const i of missing.shards) kinds.add(last.length === 1 && /\S$/.test(value) ? 'first letter' : i === own ? 'own word shard' : 'other term shards');
          if (missing.positions.length) kinds.add('positions');
          if (missing.chunks.length) kinds.add('chunks');
          add(missing);
        });
        if (prefetch) {
          // prefetchIndexParts: the last word's shard, then positions, then the shards it may grow into; two at most.
          const up = engine.upcoming(value);
          const wanted = [...up.shards.slice(0, 1).map((i) => ['t', i] as const), ...up.positions.map((i) => ['p', i] as const), ...up.shards.slice(1).map((i) => ['t', i] as const)].slice(0, 2);
          add({ shards: wanted.filter(([f]) => f === 't').map(([, i]) => i), positions: wanted.filter(([f]) => f === 'p').map(([, i]) => i), chunks: [] });
        }
      }
      waits.push(kinds);
    }
  }
  return { waits, parts };
}

/** The breakdown as printed lines: keystrokes that waited, per kind (any round), and those that waited only for it. */
export function describeWaits(waits: Set<Kind>[]): string[] {
  const waited = waits.filter((k) => k.size > 0);
  const pct = (n: number) => `${((100 * n) / waits.length).toFixed(1)}%`;
  return [
    `${waited.length} of ${waits.length} keystrokes waited for a part (${pct(waited.length)})`,
    ...KINDS.map((kind) => {
      const any = waited.filter((k) => k.has(kind)).length;
      const only = waited.filter((k) => k.has(kind) && k.size === 1).length;
      return `  ${kind.padEnd(18)} ${String(any).padStart(3)} (${pct(any)}), ${String(only).padStart(3)} for it alone`;
    }),
  ];
}

/** What each relevance query loads into an empty engine (core and parts, gzip KB): the median query and the worst. */
export async function firstUse(index: ShardedIndex): Promise<{ median: number; worst: number }> {
  const gz = (part: unknown) => gzipSync(JSON.stringify(part), { level: 9 }).length / 1024;
  const bytes = { t: index.shards.map(gz), p: index.positions.map(gz), s: index.chunks.map(gz) };
  const core = gz(index.core);
  const loaded: number[] = [];
  for (const q of queries) {
    const engine = SearchEngine.fromCore(index.core);
    let total = core;
    await engine.searchLoading(q, { limit: 24 }, async (store, missing) => {
      for (const i of missing.shards) store.addShard(i, index.shards[i]);
      for (const i of missing.positions) store.addPositions(i, index.positions[i]);
      for (const i of missing.chunks) store.addChunk(i, index.chunks[i]);
      total += [...missing.shards.map((i) => bytes.t[i]), ...missing.positions.map((i) => bytes.p[i]), ...missing.chunks.map((i) => bytes.s[i])].reduce((a, b) => a + b, 0);
    });
    loaded.push(total);
  }
  loaded.sort((a, b) => a - b);
  return { median: loaded[loaded.length >> 1], worst: loaded.at(-1)! };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--targets');
  const targets = at > 0 ? process.argv[at + 1].split(',').map(Number) : [SHARD_TARGET];
  const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
  const base = searchRecords(data);
  for (const times of [1, 10]) {
    const { texts: _texts, ...file } = buildSearchFile(scaledRecords(base, times), data.searchSynonyms);
    for (const target of targets) {
      const index = buildShards(file, target);
      const gz = (part: unknown) => gzipSync(JSON.stringify(part), { level: 9 }).length / 1024;
      const { median, worst } = await firstUse(index);
      console.log(
        `×${times}, shards split past ${target} B: core ${gz(index.core).toFixed(1)} KB gzip, ${index.shards.length} term shards, ${index.chunks.length} chunks; ` +
          `first use median ${median.toFixed(1)} KB, worst ${worst.toFixed(1)} KB`,
      );
      for (const prefetch of targets.length > 1 ? [false] : [false, true]) {
        const { waits, parts } = await typingWaits(index, prefetch);
        console.log(` prefetch ${prefetch ? 'arrived before the next key' : 'never in time'} (${parts} parts loaded):`);
        for (const line of describeWaits(waits)) console.log(`  ${line}`);
      }
    }
  }
}
