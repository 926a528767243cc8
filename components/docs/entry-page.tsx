import { SiteLink as Link } from '@/components/shared/site-link';
import { KIND_LABEL, sectionOf } from '@/lib/content/kinds';
import { landingOf, previousAndNext, relatedOf } from '@/lib/content/site';
import type { Entry } from '@/lib/content/types';
import { editUrlOf } from '@/lib/site-config';
import { Breadcrumbs } from './breadcrumbs';
import { DocsPager } from './docs-pager';
import { DocsShell } from './docs-shell';
import { DocsToc } from './docs-toc';
import { EntrySource } from './entry-source';
import { MdxContent, type ExtraComponents } from './mdx-content';
import { PageActions } from './page-actions';
import { PageContents } from './page-contents';
import { RelatedEntries } from './related-entries';

/** An entry's page; `extra` adds MDX components that only some routes carry (their client code stays there). */
export function EntryPage({ entry, extra }: { entry: Entry; extra?: ExtraComponents }) {
  const { previous, next } = previousAndNext(entry);
  const { related, backlinks } = relatedOf(entry);
  const toc = entry.headings.map(({ id, text, depth }) => ({ id, text, depth }));
  return (
    <DocsShell currentPath={entry.path} toc={<DocsToc headings={toc} />}>
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: sectionOf(entry.kind).title, href: landingOf(entry)?.path }, { label: entry.title }]} />
      <article>
        <header className="mb-8">
          <p className="mb-2 text-sm font-medium text-accent-700 dark:text-accent-300">{KIND_LABEL[entry.kind]}</p>
          <div className="page-title-row">
            <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{entry.title}</h1>
            <PageActions path={entry.path} />
          </div>
          <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{entry.summary}</p>
          <EntrySource source={entry} tags={entry.tags} reviewed={entry.reviewed} editUrl={editUrlOf(entry.file)} />
          {entry.kind === 'system' && (
            <p className="no-print mt-4">
              <Link href={`/review/${entry.id}/`} className="font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-300">
                Review checklist for this system
              </Link>
            </p>
          )}
        </header>
        <PageContents headings={toc} />
        <div className="prose prose-slate max-w-3xl dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300 prose-pre:bg-slate-900 prose-pre:text-slate-100">
          <MdxContent entry={entry} extra={extra} />
        </div>
      </article>
      <RelatedEntries related={related} backlinks={backlinks} />
      <DocsPager previous={previous} next={next} />
    </DocsShell>
  );
}
