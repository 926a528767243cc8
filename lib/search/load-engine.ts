import { withBasePath } from '../site-config';
import { SearchEngine } from './engine';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from './payload';

let loading: Promise<SearchEngine> | undefined;

export const INDEX_BUILD_MEASURE = 'search-index-build';

/**
 * The search engine, loaded once per page view on first use: this module and the index file are outside
 * every page's first-load JavaScript. A failed load can be retried.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= fetch(withBasePath(SEARCH_INDEX_PATH))
    .then((response) => {
      if (!response.ok) throw new Error(`Could not load ${SEARCH_INDEX_PATH} (${response.status}).`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => {
      const started = performance.now();
      const engine = SearchEngine.fromFile(file);
      // Building the index in the browser: `npm run bench` reads this measure.
      performance.measure(INDEX_BUILD_MEASURE, { start: started });
      return engine;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
