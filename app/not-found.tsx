import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/shared/site-link';
import { EntryIndex } from '@/components/docs/entry-index';
import { SearchForm } from '@/components/search/search-form';
import { navigation, siteData } from '@/lib/content/site';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  const summaries = new Map(siteData().entries.map((e) => [e.id, e]));
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-12">
      <p className="text-sm font-medium text-accent-700 dark:text-accent-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is not in the atlas</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the page may have moved. Search for it, start from the{' '}
        <Link href="/" className="text-accent-700 underline dark:text-accent-300">
          overview
        </Link>
        , or pick an entry below.
      </p>
      <div className="mt-6">
        <SearchForm id="not-found-search" />
      </div>
      <h2 className="mt-12 mb-6 text-xl font-semibold">Every entry</h2>
      <EntryIndex sections={navigation()} summaries={summaries} headingLevel={3} />
    </main>
  );
}
