import { withBasePath } from '../site-config';
import { SearchEngine } from './engine';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_PATH, type SearchIndexFile, type SearchTextFile } from './payload';

let loading: Promise<SearchEngine> | undefined;

async function fetchJson<T>(sitePath: string): Promise<T> {
  const response = await fetch(withBasePath(sitePath));
  if (!response.ok) throw new Error(`Could not load ${sitePath} (${response.status}).`);
  return (await response.json()) as T;
}

/**
 * The search engine, loaded once per page view on first use: this module, FlexSearch and both files are
 * outside every page's first-load JavaScript. A failed load can be retried.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([fetchJson<SearchIndexFile>(SEARCH_INDEX_PATH), fetchJson<SearchTextFile>(SEARCH_TEXT_PATH)])
    .then(([index, text]) => SearchEngine.fromFiles(index, text))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
