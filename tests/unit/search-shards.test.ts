import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SearchEngine, type Missing, type SearchResponse } from '@/lib/search/engine';
import { SEARCH_INDEX_PATH, SEARCH_FORMAT, type SearchIndexFile } from '@/lib/search/payload';
import type { ShardStore } from '@/lib/search/shard-store';
import { indexPartPath, SEARCH_CORE_PATH, SEARCH_SHARD_DIR, type SearchCore } from '@/lib/search/shards';
import { ROOT } from '../helpers/built-site';
import { readRelevanceCases } from '../helpers/search-cases';

/** What the browser reads, from the built site: the core, then the parts each query needs, counted in gzip bytes. */
const out = (sitePath: string) => path.join(ROOT, 'out', sitePath);
const core = JSON.parse(readFileSync(out(SEARCH_CORE_PATH), 'utf8')) as SearchCore;
const whole = SearchEngine.fromFile(JSON.parse(readFileSync(out(SEARCH_INDEX_PATH), 'utf8')) as SearchIndexFile);
const gzipped = (sitePath: string) => gzipSync(readFileSync(out(sitePath)), { level: 9 }).length;

function browserEngine(): { engine: SearchEngine; loaded: string[]; load: (store: ShardStore, missing: Missing) => Promise<void> } {
  const loaded: string[] = [];
  const part = (family: 't' | 'p' | 's', index: number) => {
    const sitePath = indexPartPath(core.version, family, index);
    loaded.push(sitePath);
    return JSON.parse(readFileSync(out(sitePath), 'utf8'));
  };
  const load = async (store: ShardStore, missing: Missing) => {
    for (const i of missing.shards) store.addShard(i, part('t', i));
    for (const i of missing.positions) store.addPositions(i, part('p', i));
    for (const i of missing.chunks) store.addChunk(i, part('s', i));
  };
  return { engine: SearchEngine.fromCore(core), loaded, load };
}

/** Everything ranking decides; snippets aside (the whole file in memory here has no texts either). */
const ranking = (r: SearchResponse) => ({ ...r, hits: r.hits.map(({ snippet: _s, pending: _p, ...hit }) => hit), groups: r.groups.map((g) => g.hits.map((h) => h.url)) });

const queries = readRelevanceCases(ROOT).map((c) => c.q);

describe('the sharded search index the browser loads', () => {
  it('gives the same results as the whole index, for every prefix of every relevance query as typed, and each filtered to a kind', async () => {
    // One engine for all, as in a page view: parts loaded by one query serve the next.
    const { engine, load } = browserEngine();
    const typed = [...new Set(queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))))];
    const differ: string[] = [];
    // Every prefix unfiltered, and the whole queries filtered to a kind.
    const runs = [...typed.map((q) => ({ q, kind: undefined })), ...queries.map((q) => ({ q, kind: 'pitfall' as const }))];
    for (const { q, kind } of runs) {
      const got = await engine.searchLoading(q, { kind, limit: 30 }, load);
      if (JSON.stringify(ranking(got)) !== JSON.stringify(ranking(whole.search(q, { kind, limit: 30 })))) differ.push(`${q} (${kind ?? 'all'})`);
    }
    expect(typed.length).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  });

  it('a fresh page loads a small part of the index for a query, and ranks as the whole index: the median relevance query, core included, is under 60 KB gzip', async () => {
    const allParts = readdirSync(out(`${SEARCH_SHARD_DIR}/${core.version}`)).filter((f) => f.endsWith('.json')).length;
    const firstUse = await Promise.all(
      queries.map(async (q) => {
        const { engine, loaded, load } = browserEngine();
        const response = await engine.searchLoading(q, { limit: 24 }, load);
        expect(response.hits.length, q).toBeGreaterThan(0);
        // From an empty store too (nothing computed over parts not yet loaded may stick): the whole index's results.
        expect(ranking(response), q).toEqual(ranking(whole.search(q, { limit: 24 })));
        expect(loaded.length, `${q}: ${loaded.length} of ${allParts} parts`).toBeLessThan(allParts / 4);
        return gzipped(SEARCH_CORE_PATH) + loaded.reduce((sum, p) => sum + gzipped(p), 0);
      }),
    );
    const median = [...firstUse].sort((a, b) => a - b)[firstUse.length >> 1];
    expect(median / 1024).toBeLessThan(60);
    // The whole index is far more than any query reads.
    expect(Math.max(...firstUse)).toBeLessThan(gzipped(SEARCH_INDEX_PATH));
  });

  it('a part that does not arrive fails the search instead of looping; a core of another format is refused', async () => {
    const engine = SearchEngine.fromCore(core);
    await expect(engine.searchLoading('leakage', {}, async () => {})).rejects.toThrow('search index files did not load');
    expect(() => SearchEngine.fromCore({ ...core, format: SEARCH_FORMAT + 1 })).toThrow(/rebuild the site/);
  });
});
