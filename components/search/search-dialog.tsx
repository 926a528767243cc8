'use client';

import { SiteLink as Link } from '@/components/shared/site-link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchKind } from '@/lib/search/records';
import type { SearchEngine } from '@/lib/search/engine';
import { parseKind, SEARCH_KIND_LABEL } from '@/lib/search/kind-filter';
import { MAX_QUERY } from '@/lib/search/limits';
import { loadSearchEngine } from '@/lib/search/load-engine';
import { focusOnArrival } from '@/components/shared/focus-on-arrival';
import { ClosestTerms } from './closest-terms';
import { KindOptions } from './kind-options';
import { SearchHitText } from './search-hit-text';
import { NO_TEXTS, useSnippetTexts } from './use-snippet-texts';
import { useSearchResults } from './use-search-results';

/**
 * The search dialog: a modal <dialog> (the browser traps focus and makes the page inert), holding a
 * combobox input over a listbox of sections grouped by page. ↑/↓ move, Enter opens, Esc closes.
 */
export default function SearchDialog({ onClose }: { onClose: (returnFocus: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  /** Set when a result was opened: focus goes to the section landed on, not back to the search button. */
  const navigating = useRef(false);
  const router = useRouter();
  const id = useId();
  const [engine, setEngine] = useState<SearchEngine>();
  const [failure, setFailure] = useState<string>();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SearchKind | undefined>();
  const [active, setActive] = useState(0);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    loadSearchEngine().then(setEngine, (error: Error) => setFailure(error.message));
    const onCancel = () => onClose(!navigating.current);
    element?.addEventListener('close', onCancel);
    return () => element?.removeEventListener('close', onCancel);
  }, [onClose]);

  const [texts, setTexts] = useState(NO_TEXTS);
  // The ranking runs per keystroke; the snippets are filled in as their texts arrive.
  const ranked = useSearchResults(engine, query, kind, 24, setFailure);
  const response = useMemo(() => ranked && engine?.withTexts(ranked, texts), [engine, ranked, texts]);
  // At most 6 pages × 3 sections (the page has the rest); options numbered in reading order for ↑/↓.
  const groups = useMemo(() => {
    let position = 0;
    return (response?.groups ?? []).slice(0, 6).map((g) => ({ ...g, hits: g.hits.slice(0, 3).map((hit) => ({ ...hit, position: position++ })) }));
  }, [response]);
  // Each page's best section shows a snippet; the sections under it show their heading only.
  useSnippetTexts(engine, groups.map((g) => g.hits[0]), setTexts);
  const options = groups.flatMap((g) => g.hits);
  const current = Math.min(active, Math.max(0, options.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;

  const open = (url: string) => {
    navigating.current = true;
    dialog.current?.close();
    router.push(url);
    focusOnArrival(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const next = (current + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && options[current]) {
      event.preventDefault();
      open(options[current].url);
    }
  };

  // A modal <dialog> makes the page inert, but Tab past its last control leaves for the browser's UI: wrap.
  const trapFocus = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('input, select, button, a[href]')].filter((e) => !e.hasAttribute('disabled'));
    const [first, last] = [focusable[0], focusable.at(-1)];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-label="Search the atlas"
      onKeyDown={trapFocus}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
      className="m-0 h-full max-h-none w-full max-w-none bg-white p-0 text-slate-900 backdrop:bg-slate-950/60 sm:mx-auto sm:mt-[10vh] sm:h-fit sm:max-h-[75vh] sm:max-w-2xl sm:rounded-xl sm:border sm:border-slate-200 sm:shadow-2xl dark:bg-slate-900 dark:text-slate-100 dark:sm:border-slate-700"
      data-search-dialog=""
    >
      <div className="flex max-h-[inherit] flex-col">
        <div className="flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0 text-slate-500" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
          <input
            type="search"
            role="combobox"
            aria-label="Search patterns, pitfalls and sections"
            aria-expanded={options.length > 0}
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={options.length ? optionId(current) : undefined}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder="Search: leakage, drift, two-tower…"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            className="h-10 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
            data-search-input=""
          />
          <select
            aria-label="Filter by kind"
            value={kind ?? ''}
            onChange={(event) => {
              setKind(parseKind(event.target.value));
              setActive(0);
            }}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-800"
          >
            <KindOptions />
          </select>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
            {/* Phones have no Esc key: the button says what it does there. */}
            <span className="sm:hidden">Close</span>
            <span className="hidden sm:inline">Esc</span>
            <span className="sr-only"> (close search)</span>
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto p-2">
          <p role="status" className="px-2 py-1 text-sm text-slate-600 dark:text-slate-400">
            {failure
              ? `Search could not load: ${failure}`
              : !engine
                ? 'Loading the index…'
                : !query.trim()
                  ? 'Type to search every section of the atlas.'
                  : response
                    ? engine.describe(response)
                    : ''}
          </p>
          {/* Which query the results are for: while a new query's index parts load, the last results stay. */}
          <div role="listbox" id={`${id}-listbox`} aria-label="Search results" data-search-results-for={response?.query ?? ''}>
            {groups.map((group) => (
              <div key={group.key} role="group" aria-labelledby={`${id}-${group.key}`} className="mt-2">
                <div id={`${id}-${group.key}`} className="px-2 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                  {group.page} <span className="font-normal normal-case">· {SEARCH_KIND_LABEL[group.kind]}</span>
                </div>
                {group.hits.map((hit, rank) => {
                  const { position } = hit;
                  const selected = position === current;
                  // The page's best section with its snippet; its further sections under it, by heading only.
                  const further = rank > 0;
                  return (
                    <div
                      key={hit.url}
                      id={optionId(position)}
                      role="option"
                      aria-selected={selected}
                      onClick={() => open(hit.url)}
                      onMouseMove={() => position !== current && setActive(position)}
                      className={`cursor-pointer rounded-md ${further ? 'py-1 pr-3 pl-7 text-sm' : 'px-3 py-2'} ${selected ? 'bg-accent-50 dark:bg-slate-800' : ''}`}
                      data-search-option={hit.url}
                    >
                      <SearchHitText
                        hit={further ? { ...hit, snippet: [], pending: false } : hit}
                        titleClassName={further ? '' : 'font-medium'}
                        snippetClassName="mt-0.5 text-sm text-slate-600 dark:text-slate-400"
                      />
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          {engine && query.trim() && response?.query === query && options.length === 0 && <NoResults suggestions={response?.suggestions ?? []} onPick={setQuery} />}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <span className="hidden sm:inline">
            <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
          </span>
          <Link href={`/search/?q=${encodeURIComponent(query.slice(0, MAX_QUERY))}`} prefetch={false} onClick={() => dialog.current?.close()} className="text-accent-700 underline dark:text-accent-300">
            All results on a page
          </Link>
        </div>
      </div>
    </dialog>
  );
}

function NoResults({ suggestions, onPick }: { suggestions: string[]; onPick: (q: string) => void }) {
  return (
    <div className="px-2 py-2 text-sm">
      <ClosestTerms terms={suggestions} onPick={onPick} />
      <p className="mt-2">
        Or start from the <Link href="/reference/" className="text-accent-700 underline dark:text-accent-300">Quick Reference Card</Link> or{' '}
        <Link href="/search/" className="text-accent-700 underline dark:text-accent-300">the list of all entries</Link>.
      </p>
    </div>
  );
}
