import type { Metadata } from 'next';
import { DocsShell } from '@/components/docs-shell';
import { EntryIndex } from '@/components/entry-index';
import { SearchForm } from '@/components/search-form';
import { navigation, siteData } from '@/lib/content/site';
import { absoluteUrl } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every system, pattern, decision, pitfall and practice of the atlas.',
  alternates: { canonical: absoluteUrl('/search/') },
};

export default function SearchPage() {
  const summaries = new Map(siteData().entries.map((e) => [e.id, e]));
  return (
    <DocsShell currentPath="/search/">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <div className="mt-6">
        <SearchForm id="search-page-input" />
      </div>
      <h2 className="mt-10 mb-6 text-xl font-semibold">All entries</h2>
      <EntryIndex sections={navigation()} summaries={summaries} headingLevel={3} />
    </DocsShell>
  );
}
