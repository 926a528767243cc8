import { withBasePath } from '../site-config';
import { words } from './normalize';

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
 * Tiny and free of the engine, so it can sit in the pages' own JavaScript. A failed request can be retried.
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

/**
 * For a page that opens with a query (/search/?q=): as soon as the core arrives, the term shards of the query's own
 * words, and for several words their position shards, are requested, while the engine's code still downloads; the
 * engine then finds them requested (a word's shard is the longest shard key it starts with, lib/search/shards.ts).
 */
export function requestQueryParts(query: string): void {
  const typed = words(query.slice(0, 200));
  if (!typed.length) return;
  requestSearchCore()
    .then((loaded) => {
      const core = loaded as { version: string; shards: string[] };
      const keys = new Map(core.shards.map((key, i) => [key, i]));
      const maxKey = Math.max(0, ...core.shards.map((key) => key.length));
      for (const word of typed) {
        const at = shardIndexOf(keys, maxKey, word);
        if (at < 0) continue;
        requestIndexPart(indexPartPath(core.version, 't', at)).catch(() => {});
        if (typed.length > 1) requestIndexPart(indexPartPath(core.version, 'p', at)).catch(() => {});
      }
    })
    .catch(() => {});
}
