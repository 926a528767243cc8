import { withBasePath } from '../site-config';

/** Where the index core is served (lib/search/shards.ts describes it). */
export const SEARCH_CORE_PATH = '/search-data/core.json';

export const SEARCH_SHARD_DIR = '/search-parts';
/** Where a part is served: term shards `t`, position shards `p`, section chunks `s`, each by index. */
export function indexPartPath(version: string, family: 't' | 'p' | 's', index: number): string {
  return `${SEARCH_SHARD_DIR}/${version}/${family}${index}.json`;
}

/** A site path's JSON; a status other than OK is an error naming the path. */
async function fetchJson(sitePath: string): Promise<unknown> {
  const response = await fetch(withBasePath(sitePath));
  if (!response.ok) throw new Error(`Could not load ${sitePath} (${response.status}).`);
  return response.json() as Promise<unknown>;
}

/**
 * The shard a word's postings are in: the longest shard key it starts with (lib/search/shards.ts); -1 if none. Here,
 * free of the engine, so a page can request a query's shards before the engine's code arrives.
 */
export function shardIndexOf(keys: ReadonlyMap<string, number>, maxKey: number, word: string): number {
  for (let length = Math.min(word.length, maxKey); length > 0; length--) {
    const found = keys.get(word.slice(0, length));
    if (found !== undefined) return found;
  }
  return -1;
}

let request: Promise<unknown> | undefined;

/**
 * The index core's request, started once per page view: by the search trigger as the dialog opens and by the search
 * page as it mounts, so the core downloads while the dialog's and the engine's code do (they used to follow each other).
 * Tiny and free of the engine and of the word normalizer, so it can sit in every page's first-load JavaScript
 * (requestQueryParts, which needs the normalizer, is in query-parts-request.ts). A failed request can be retried.
 */
export function requestSearchCore(): Promise<unknown> {
  request ??= fetchJson(SEARCH_CORE_PATH).catch((error: unknown) => {
    request = undefined;
    throw error;
  });
  return request;
}

/** Index parts requested in this page view, by site path: one request per part, whoever asks first. */
const parts = new Map<string, Promise<unknown>>();

/** An index part's request (under /search-parts/<version>/), started once per page view. A failed one can be retried. */
export function requestIndexPart(sitePath: string): Promise<unknown> {
  let part = parts.get(sitePath);
  if (!part) {
    parts.set(
      sitePath,
      (part = fetchJson(sitePath)),
    );
    part.catch(() => parts.delete(sitePath));
  }
  return part;
}

/** Whether an index part was requested in this page view. */
export function indexPartRequested(sitePath: string): boolean {
  return parts.has(sitePath);
}
