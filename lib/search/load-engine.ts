import { indexPartRequested, requestIndexPart, requestSearchCore } from './core-request';
import { SearchEngine, type Missing } from './engine';
import type { ShardStore } from './shard-store';
import { indexPartPath, type PositionShard, type SearchCore, type SectionChunk, type Shard } from './shards';

let loading: Promise<SearchEngine> | undefined;

export const INDEX_BUILD_MEASURE = 'search-index-build';

/**
 * The search engine over the index core, loaded once per page view on first use: this module and the core are
 * outside every page's first-load JavaScript. A failed load can be retried.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= requestSearchCore()
    .then((core) => {
      const started = performance.now();
      const engine = SearchEngine.fromCore(core as SearchCore);
      // Preparing the engine in the browser: `npm run bench` reads this measure.
      performance.measure(INDEX_BUILD_MEASURE, { start: started });
      return engine;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Prefetched parts not arrived yet: at most MAX_PREFETCHING, so a query's own parts never queue behind guesses. */
let prefetching = 0;
const MAX_PREFETCHING = 2;

/** One request per index part per page view, whichever queries ask for it (and the search page before the engine loads). */
function request<T>(sitePath: string): Promise<T> {
  return requestIndexPart(sitePath) as Promise<T>;
}

/**
 * Fetches index parts into the store, all at once: those a query needs (SearchEngine.searchLoading). A failed part
 * can be retried.
 */
export async function loadIndexParts(store: ShardStore, missing: Missing): Promise<void> {
  const version = store.core.version;
  const get = <T>(family: 't' | 'p' | 's', index: number, add: (part: T) => void) => request<T>(indexPartPath(version, family, index)).then(add);
  await Promise.all([
    ...missing.shards.map((i) => get<Shard>('t', i, (part) => store.addShard(i, part))),
    ...missing.positions.map((i) => get<PositionShard>('p', i, (part) => store.addPositions(i, part))),
    ...missing.chunks.map((i) => get<SectionChunk>('s', i, (part) => store.addChunk(i, part))),
  ]);
}

/**
 * Fetches, unawaited, the first of the parts a query being typed will soon read (SearchEngine.upcoming, most likely
 * first) that are not requested yet, while fewer than MAX_PREFETCHING prefetches are in flight; the rest are dropped
 * (the next keystroke asks again). Failures are ignored: a query that needs the part fetches it itself.
 */
export function prefetchIndexParts(store: ShardStore, upcoming: Missing): void {
  const version = store.core.version;
  const wanted = [
    ...upcoming.shards.slice(0, 1).map((i) => ['t', i] as const),
    ...upcoming.positions.map((i) => ['p', i] as const),
    ...upcoming.shards.slice(1).map((i) => ['t', i] as const),
  ];
  for (const [family, index] of wanted) {
    if (prefetching >= MAX_PREFETCHING) return;
    const sitePath = indexPartPath(version, family, index);
    if (indexPartRequested(sitePath)) continue;
    prefetching++;
    request<Shard | PositionShard>(sitePath)
      .then((part) => (family === 't' ? store.addShard(index, part as Shard) : store.addPositions(index, part as PositionShard)))
      .catch(() => {})
      .finally(() => prefetching--);
  }
}
