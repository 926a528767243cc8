import { withBasePath } from '../site-config';

/** Where the index core is served (lib/search/shards.ts describes it). */
export const SEARCH_CORE_PATH = '/search-data/core.json';

let request: Promise<unknown> | undefined;

/**
 * The index core's request, started once per page view: by the search trigger as the dialog opens and by the search
 * page as it mounts, so the core downloads while the dialog's and the engine's code do (they used to follow each other).
 * Tiny and free of the engine, so it can sit in the pages' own JavaScript. A failed request can be retried.
 */
export function requestSearchCore(): Promise<unknown> {
  request ??= fetch(withBasePath(SEARCH_CORE_PATH))
    .then((response) => {
      if (!response.ok) throw new Error(`Could not load ${SEARCH_CORE_PATH} (${response.status}).`);
      return response.json() as Promise<unknown>;
    })
    .catch((error: unknown) => {
      request = undefined;
      throw error;
    });
  return request;
}
