import { withBasePath } from '../site-config';
import type { SearchEngine } from './engine';

/** One request per section text per page view, however often its result is shown. */
const requested = new Map<string, Promise<string>>();

/**
 * Fetches the texts of the sections whose results are shown, for their snippets (SearchHit.pending), by id. A text
 * that cannot be loaded counts as empty: its result shows the page's summary instead, and no request is repeated.
 * Kept apart from load-engine.ts so the search page can import it without the engine.
 */
export async function loadTexts(engine: SearchEngine, ids: number[]): Promise<[number, string][]> {
  return Promise.all(
    ids.map(async (id): Promise<[number, string]> => {
      const url = withBasePath(engine.textUrl(id));
      let loading = requested.get(url);
      if (!loading) {
        loading = fetch(url)
          .then((response) => (response.ok ? response.text() : ''))
          .catch(() => '');
        requested.set(url, loading);
      }
      return [id, await loading];
    }),
  );
}
