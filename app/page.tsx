import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/shared/site-link';
import { DocsShell } from '@/components/docs/docs-shell';
import { MdxContent } from '@/components/docs/mdx-content';
import { EntrySource } from '@/components/docs/entry-source';
import { SearchForm } from '@/components/search/search-form';
import { homeEntry, navigation } from '@/lib/content/site';
import { entryMetadata } from '@/lib/entry-metadata';
import { editUrlOf } from '@/lib/site-config';

export function generateMetadata(): Metadata {
  return entryMetadata(homeEntry());
}

export default function HomePage() {
  const home = homeEntry();
  const sections = navigation();
  return (
    <DocsShell currentPath="/">
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{home.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{home.summary}</p>
        <EntrySource source={home} tags={[]} reviewed={home.reviewed} editUrl={editUrlOf(home.file)} />
        <div className="no-print mt-6">
          <SearchForm id="home-search" />
        </div>
      </header>
      <div className="prose prose-slate max-w-3xl dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300">
        <MdxContent entry={home} />
      </div>
      <section aria-labelledby="browse" className="mt-12">
        <h2 id="browse" className="text-2xl font-semibold">
          Browse the atlas
        </h2>
        <div className="mt-6 grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
          {sections.map((section) => (
            <div key={section.title} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="font-semibold">{section.title}</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {section.entries.map((entry) => (
                  <li key={entry.id}>
                    <Link href={entry.path} className="text-accent-700 hover:underline dark:text-accent-300">
                      {entry.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </DocsShell>
  );
}
