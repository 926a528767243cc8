import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/docs/breadcrumbs';
import { ChangelogList } from '@/components/docs/changelog-list';
import { DocsShell } from '@/components/docs/docs-shell';
import { changelogDays } from '@/lib/content/site';
import { sectionChangeDays } from '@/lib/citations/changes';
import { citationIndexFile } from '@/lib/citations/site-citations';
import { toolPageMetadata } from '@/lib/entry-metadata';
import { CHANGELOG_PAGE } from '@/lib/content/tool-pages';
import { absoluteUrl, withBasePath } from '@/lib/site-config';

const base = toolPageMetadata(CHANGELOG_PAGE, { markdown: true });

export const metadata: Metadata = {
  ...base,
  // The Markdown twin and the Atom feed of the same changes (scripts/export-markdown.ts writes both).
  alternates: { ...base.alternates, types: { 'text/markdown': absoluteUrl('/changelog.md'), 'application/atom+xml': absoluteUrl('/changelog.xml') } },
};

export default function ChangelogPage() {
  return (
    <DocsShell currentPath="/changelog/">
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: 'Changelog' }]} />
      <h1 className="text-3xl font-bold tracking-tight">Changelog</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Changes to the content of the atlas, newest first. Each page also shows the date it was last reviewed. Under each day, the
        sections whose text changed (recorded from the version history), each linked to what changed; also as a{' '}
        <a href={withBasePath('/changelog.xml')} className="text-accent-700 underline dark:text-accent-300">feed</a>.
      </p>
      <ChangelogList days={changelogDays()} sectionDays={sectionChangeDays(citationIndexFile())} />
    </DocsShell>
  );
}
