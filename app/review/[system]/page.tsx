import type { Metadata } from 'next';
import { SiteLink as Link } from '@/components/shared/site-link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/docs/breadcrumbs';
import { DocsShell } from '@/components/docs/docs-shell';
import { PageActions } from '@/components/docs/page-actions';
import { ItemCheckbox } from '@/components/review/item-checkbox';
import { ReviewItemView } from '@/components/review/review-item';
import { reviewItems, systemEntries, systemTitles } from '@/lib/content/site';
import { systemChecklist } from '@/lib/review/checklist';
import { PHASE_LABEL } from '@/lib/review/model';
import { toolPageMetadata } from '@/lib/entry-metadata';
import { systemReviewPage } from '@/lib/content/tool-pages';

interface Params {
  system: string;
}

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return systemEntries().map((s) => ({ system: s.id }));
}

function systemOf(id: string) {
  return systemEntries().find((s) => s.id === id) ?? notFound();
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const system = systemOf((await params).system);
  return toolPageMetadata(systemReviewPage(system), { markdown: true });
}

/** A system's whole checklist as a static page: readable, printable and tickable without JavaScript. */
export default async function SystemReviewPage({ params }: { params: Promise<Params> }) {
  const system = systemOf((await params).system);
  const groups = systemChecklist(reviewItems(), system.id);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const titles = systemTitles();
  return (
    <DocsShell currentPath={`/review/${system.id}/`}>
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: 'Design review checklist', href: '/review/' }, { label: system.title }]} />
      <div className="page-title-row">
        <h1 className="text-3xl font-bold tracking-tight">{systemReviewPage(system).title}</h1>
        <PageActions path={`/review/${system.id}/`} />
      </div>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        All {total} review items that apply to <Link href={system.path}>{system.title}</Link>, for every serving mode and maturity level; each
        says where it applies. To narrow it to your serving mode and level, copy it as Markdown or keep ticks per choice, use the{' '}
        <Link href={`/review/?system=${system.id}`} className="text-accent-700 underline dark:text-accent-300">
          checklist builder
        </Link>
        .
      </p>
      <section aria-label="Review checklist" className="mt-6">
        {groups.map((group) => (
          <div key={group.phase}>
            <h2 className="mt-8 mb-3 text-xl font-semibold" id={`phase-${group.phase}`}>
              {PHASE_LABEL[group.phase]} <span className="text-base font-normal text-slate-600 dark:text-slate-400">({group.items.length})</span>
            </h2>
            <ul className="review-list">
              {group.items.map((item) => (
                <ReviewItemView key={item.id} item={item} checkbox={<ItemCheckbox storageKey={`/review/${system.id}/`} itemId={item.id} />} systemTitles={titles} variant="checklist" />
              ))}
            </ul>
          </div>
        ))}
      </section>
    </DocsShell>
  );
}
