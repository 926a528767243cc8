'use client';

import { useEffect, useMemo, useState } from 'react';
import type { SearchEngine, SearchResponse } from '@/lib/search/engine';
import type { SearchKind } from '@/lib/search/records';

/**
 * The ranked results for a query: in the keystroke's own render when the index parts it reads are loaded, otherwise
 * once they are (loadIndexParts, imported on first use); meanwhile the last results stay, so typing does not flicker.
 */
export function useSearchResults(engine: SearchEngine | undefined, query: string, kind: SearchKind | undefined, limit: number, onError: (message: string) => void): SearchResponse | undefined {
  const wanted = !!engine && !!query.trim();
  const immediate = useMemo(() => (engine && wanted ? engine.searchIfLoaded(query, { kind, limit }) : undefined), [engine, wanted, query, kind, limit]);
  const [loaded, setLoaded] = useState<SearchResponse>();
  useEffect(() => {
    // The parts the query will read as it is typed further, fetched now so that they are there by the next letters.
    const upcoming = engine && wanted ? engine.upcoming(query) : undefined;
    if (engine && upcoming && (upcoming.shards.length || upcoming.positions.length)) {
      import('@/lib/search/load-engine')
        .then(({ prefetchIndexParts }) => prefetchIndexParts(engine.store, upcoming))
        .catch(() => {});
    }
  }, [engine, wanted, query]);
  useEffect(() => {
    if (!engine || !wanted || immediate) return;
    let current = true;
    import('@/lib/search/load-engine')
      .then(({ loadIndexParts }) => engine.searchLoading(query, { kind, limit }, loadIndexParts))
      .then(
        (response) => current && setLoaded(response),
        (error: Error) => current && onError(error.message),
      );
    return () => {
      current = false;
    };
  }, [engine, wanted, immediate, query, kind, limit, onError]);
  return wanted ? (immediate ?? loaded) : undefined;
}
