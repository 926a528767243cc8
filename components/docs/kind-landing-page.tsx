import { navigation, siteData } from '@/lib/content/site';
import type { KindLanding } from '@/lib/content/landings';
import { Breadcrumbs } from './breadcrumbs';
import { DocsShell } from './docs-shell';
import { EntryList } from './entry-list';
import { SiteLink } from '@/components/shared/site-link';
import { PageActions } from './page-actions';

/** /systems/, /patterns/, …: every entry of one section, in sidebar order, with its summary. */
export function KindLandingPage({ landing }: { landing: KindLanding }) {
  const section = navigation().find((s) => s.path === landing.path);
  const byId = new Map(siteData().entries.map((e) => [e.id, e]));
  const entries = (section?.entries ?? []).map((e) => ({ ...e, summary: byId.get(e.id)?.summary }));
  return (
    <DocsShell currentPath={landing.path}>
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: landing.title }]} />
      <header className="mb-8">
        <div className="page-title-row">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{landing.title}</h1>
          <PageActions path={landing.path} />
        </div>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{landing.summary}</p>
        {landing.tool && (
          <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
            <SiteLink href={landing.tool.path} className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
              {landing.tool.label}
            </SiteLink>{' '}
            {landing.tool.text}
          </p>
        )}
      </header>
      <EntryList entries={entries} />
    </DocsShell>
  );
}
