import { withBasePath } from '../site-config';
import { SearchEngine } from './engine';
import { SEARCH_INDEX_PATH, type SearchIndexFile } from './payload';

let loading: Promise<SearchEngine> | undefined;

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
    .then((file) => SearchEngine.fromFile(file))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
