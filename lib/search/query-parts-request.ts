import { indexPartPath, requestIndexPart, requestSearchCore, shardIndexOf } from './core-request';
import { words } from './normalize';

// Apart from core-request.ts: only the search page needs it, and the word normalizer it brings would otherwise sit in
// every page's first-load JavaScript with the search trigger's core request.

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
