'use client';

import { requestSearchCore } from '@/lib/search/core-request';
import { requestQueryParts } from '@/lib/search/query-parts-request';
import { SiteLink as Link } from '@/components/shared/site-link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { SearchKind } from '@/lib/search/records';
import type { SearchEngine } from '@/lib/search/engine';
import { MAX_QUERY } from '@/lib/search/limits';
import { parseKind, SEARCH_KIND_LABEL } from '@/lib/search/kind-filter';
import { withBasePath } from '@/lib/site-config';
import { ClosestTerms } from './closest-terms';
import { KindOptions } from './kind-options';
import { SearchHitText } from './search-hit-text';
import { NO_TEXTS, useSnippetTexts } from './use-snippet-texts';
import { useSearchResults } from './use-search-results';

/**
 * /search/?q=…: the form (a plain GET form, so it works without JavaScript) and, with JavaScript, live
 * results for the query in the URL. Typing replaces the URL, so it stays shareable and Back still leaves.
 */
export function SearchPage() {
  const params = useSearchParams();
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const [kind, setKind] = useState<SearchKind | undefined>(() => parseKind(params.get('kind')));
  const [engine, setEngine] = useState<SearchEngine>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    // The engine and the index core load after the page, never in its first-load JavaScript; the core downloads
    // while the engine's code does.
    requestSearchCore().catch(() => {});
    // The query's own parts follow the core at once, rather than the engine's code and its first search.
    requestQueryParts(new URLSearchParams(window.location.search).get('q') ?? '');
    import('@/lib/search/load-engine')
      .then(({ loadSearchEngine }) => loadSearchEngine())
      .then(setEngine, (error: Error) => setFailure(error.message));
  }, []);

  // Back/forward to another ?q= of this page shows that query again.
  useEffect(() => {
    const onPop = () => {
      const next = new URLSearchParams(window.location.search);
      setQuery(next.get('q') ?? '');
      setKind(parseKind(next.get('kind')));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = (nextQuery: string, nextKind: SearchKind | undefined) => {
    setQuery(nextQuery);
    setKind(nextKind);
    const search = new URLSearchParams();
    // Only what the engine reads goes into the URL: a long paste would make a URL that fails on reload (431).
    if (nextQuery) search.set('q', nextQuery.slice(0, MAX_QUERY));
    if (nextKind) search.set('kind', nextKind);
    const suffix = search.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${suffix ? `?${suffix}` : ''}`);
  };

  const [texts, setTexts] = useState(NO_TEXTS);
  // The ranking runs per keystroke; the snippets are filled in as their texts arrive.
  const ranked = useSearchResults(engine, query, kind, 60, setFailure);
  const response = useMemo(() => ranked && engine?.withTexts(ranked, texts), [engine, ranked, texts]);
  useSnippetTexts(engine, response?.hits ?? [], setTexts);

  return (
    <>
      {/* On a phone the query gets the whole first row (beside the filter it showed 10 letters); filter and button share the second. */}
      <form action={withBasePath('/search/')} role="search" onSubmit={(event) => event.preventDefault()} className="flex max-w-2xl flex-wrap gap-2">
        <label htmlFor="search-page-input" className="sr-only">
          Search the atlas
        </label>
        <input
          id="search-page-input"
          name="q"
          type="search"
          value={query}
          onChange={(event) => update(event.target.value, kind)}
          placeholder="Search patterns and pitfalls, e.g. leakage"
          autoComplete="off"
          className="h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-base sm:w-auto sm:flex-1 dark:border-slate-700 dark:bg-slate-900"
        />
        <label htmlFor="search-page-kind" className="sr-only">
          Filter by kind
        </label>
        <select
          id="search-page-kind"
          name="kind"
          value={kind ?? ''}
          onChange={(event) => update(query, parseKind(event.target.value))}
          className="h-10 flex-1 rounded-md border border-slate-300 bg-white px-2 sm:flex-none dark:border-slate-700 dark:bg-slate-900"
        >
          <KindOptions />
        </select>
        <button type="submit" className="h-10 rounded-md bg-accent-700 px-4 font-medium text-white hover:bg-accent-800">
          Search
        </button>
      </form>
      <p role="status" className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        {failure
          ? `Search could not load: ${failure}`
          : query.trim() && !engine
            ? 'Loading the index…'
            : engine && response
              ? engine.describe(response)
              : ''}
      </p>
      {response && response.hits.length === 0 && (
        <div className="mt-2">
          <ClosestTerms terms={response.suggestions} onPick={(term) => update(term, kind)} />
          <p className="mt-2">Every entry is listed below; the Quick Reference Card is a good place to start.</p>
        </div>
      )}
      {response && response.hits.length > 0 && (
        <section aria-label="Search results" className="mt-6 space-y-8">
          {response.groups.map((group) => (
            <div key={group.key}>
              <h2 className="text-lg font-semibold">
                <Link href={group.url} className="text-accent-700 underline decoration-1 underline-offset-4 hover:decoration-2 dark:text-accent-300">
                  {group.page}
                </Link>{' '}
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{SEARCH_KIND_LABEL[group.kind]}</span>
              </h2>
              <ul className="mt-2 space-y-3">
                {group.hits.map((hit) => (
                  <li key={hit.url}>
                    <Link href={hit.url} className="group block rounded-md p-2 -m-2 hover:bg-slate-50 dark:hover:bg-slate-900" data-search-result={hit.url}>
                      <SearchHitText
                        hit={hit}
                        titleClassName="font-medium text-accent-700 group-hover:underline dark:text-accent-300"
                        snippetClassName="mt-1 text-sm text-slate-700 dark:text-slate-300"
                      />
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
