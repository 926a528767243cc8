import type { Metadata } from 'next';
import { Suspense } from 'react';
import { preload } from 'react-dom';
import { DocsShell } from '@/components/docs/docs-shell';
import { EntryIndex } from '@/components/docs/entry-index';
import { SearchForm } from '@/components/search/search-form';
import { SearchPage } from '@/components/search/search-page';
import { navigation, siteData } from '@/lib/content/site';
import { toolPageMetadata } from '@/lib/entry-metadata';
import { SEARCH_PAGE } from '@/lib/content/tool-pages';
import { SEARCH_CORE_PATH } from '@/lib/search/core-request';
import { withBasePath } from '@/lib/site-config';

export const metadata: Metadata = toolPageMetadata(SEARCH_PAGE);

export default function Search() {
  // The index core downloads with the page (a <link rel="preload"> the core's fetch then reads), not after hydration
  // and the engine's code: a cold /search/?q= was slower than with the whole index in one file.
  preload(withBasePath(SEARCH_CORE_PATH), { as: 'fetch', crossOrigin: 'anonymous' });
  const summaries = new Map(siteData().entries.map((e) => [e.id, e]));
  return (
    <DocsShell currentPath="/search/">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <div className="mt-6">
        {/* The query lives in the URL, which a static page only knows in the browser: the plain form until then. */}
        <Suspense fallback={<SearchForm id="search-page-input" />}>
          <SearchPage />
        </Suspense>
      </div>
      <h2 className="mt-12 mb-6 text-xl font-semibold">All entries</h2>
      <EntryIndex sections={navigation()} summaries={summaries} headingLevel={3} />
    </DocsShell>
  );
}
