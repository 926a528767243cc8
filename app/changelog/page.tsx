import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/docs/breadcrumbs';
import { ChangelogList } from '@/components/docs/changelog-list';
import { DocsShell } from '@/components/docs/docs-shell';
import { changelogDays } from '@/lib/content/site';
import { toolPageMetadata } from '@/lib/entry-metadata';
import { CHANGELOG_PAGE } from '@/lib/content/tool-pages';

export const metadata: Metadata = toolPageMetadata(CHANGELOG_PAGE);

export default function ChangelogPage() {
  return (
    <DocsShell currentPath="/changelog/">
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: 'Changelog' }]} />
      <h1 className="text-3xl font-bold tracking-tight">Changelog</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Changes to the content of the atlas, newest first. Each page also shows the date it was last reviewed.
      </p>
      <ChangelogList days={changelogDays()} />
    </DocsShell>
  );
}
