import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Breadcrumbs } from '@/components/docs/breadcrumbs';
import { DocsShell } from '@/components/docs/docs-shell';
import { ReviewBuilder, type BuilderSystem } from '@/components/review/review-builder';
import { SystemChecklistLinks } from '@/components/review/system-checklist-links';
import { reviewItemAliases, reviewItems, systemEntries } from '@/lib/content/site';
import { catalogueVersion } from '@/lib/review/item-version';
import { systemChecklist } from '@/lib/review/checklist';
import { toolPageMetadata } from '@/lib/entry-metadata';
import { REVIEW_PAGE } from '@/lib/content/tool-pages';

export const metadata: Metadata = toolPageMetadata(REVIEW_PAGE);

export default function ReviewPage() {
  // The builder needs only what it filters on and shows; `line` is a build-time detail.
  const items = reviewItems().map(({ line: _line, ...item }) => item);
  const systems = systemEntries();
  const builderSystems: BuilderSystem[] = systems.map((s) => ({ id: s.id, title: s.title, serving: s.system.serving, traits: s.system.traits }));
  const counts = new Map(systems.map((s) => [s.id, systemChecklist(items, s.id).reduce((n, g) => n + g.items.length, 0)]));
  return (
    <DocsShell currentPath="/review/">
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: 'Design review checklist' }]} />
      <h1 className="text-3xl font-bold tracking-tight">Design review checklist</h1>
      <p className="no-print mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Choose your system, how it serves predictions and your team&rsquo;s MLOps maturity: the review opens on the short list of the atlas&rsquo;s{' '}
        {items.length} review items that apply, and &ldquo;Show all&rdquo; lists the rest. Record a status and a note per item and add your own;
        the review stays in this browser by item id, whatever the filter. Export it as Markdown or JSON to keep it with your design, and import it
        back to carry on.
      </p>
      <div className="mt-6">
        {/* The choice lives in the URL, which a static page only knows in the browser: until then (or without
            JavaScript, for good) the static text points to the per-system pages. */}
        <Suspense
          fallback={
            <p className="rounded-md border border-slate-300 p-3 text-slate-800 dark:border-slate-700 dark:text-slate-200">
              The builder needs JavaScript. Without it, open <a href="#by-system" className="underline">your system&rsquo;s full checklist</a> below: a
              static page that lists every item with where it applies.
            </p>
          }
        >
          <ReviewBuilder items={items} systems={builderSystems} aliases={[...reviewItemAliases()]} atlas={catalogueVersion(items)} />
        </Suspense>
      </div>
      <div className="no-print">
        <h2 className="mt-12 mb-4 text-xl font-semibold" id="by-system">
          Full checklist by system
        </h2>
        <SystemChecklistLinks systems={systems} counts={counts} />
      </div>
    </DocsShell>
  );
}
