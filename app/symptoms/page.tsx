import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/docs/breadcrumbs';
import { DocsShell } from '@/components/docs/docs-shell';
import { SiteLink } from '@/components/shared/site-link';
import { SymptomSection } from '@/components/symptoms/symptom-section';
import { symptomNavigator } from '@/lib/content/site';
import { SYMPTOMS_PAGE } from '@/lib/content/tool-pages';
import { toolPageMetadata } from '@/lib/entry-metadata';
import { NAVIGATOR_TITLE, SYMPTOMS_PATH } from '@/lib/symptoms/model';

export const metadata: Metadata = toolPageMetadata(SYMPTOMS_PAGE, { markdown: true });

/** /symptoms/: a plain static page (it needs no JavaScript); every symptom is an anchor a review can link to. */
export default function SymptomsPage() {
  const symptoms = symptomNavigator();
  const pitfalls = new Set(symptoms.flatMap((s) => s.causes.map((c) => c.page.id)));
  return (
    <DocsShell currentPath={SYMPTOMS_PATH}>
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: NAVIGATOR_TITLE }]} />
      <h1 className="text-3xl font-bold tracking-tight">{NAVIGATOR_TITLE}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Start from what you observe. Each of these {symptoms.length} symptoms lists the{' '}
        <SiteLink href="/pitfalls/" className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
          pitfalls
        </SiteLink>{' '}
        that can cause it ({pitfalls.size} in all), how it shows with each, the check that tells them apart, and a link to the section that
        explains the check.
      </p>
      <nav aria-label="Symptoms" className="mt-6 max-w-3xl rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">What do you observe?</h2>
        <ul className="mt-2 space-y-1">
          {symptoms.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                {s.phrase}
              </a>{' '}
              <span className="text-sm text-slate-600 dark:text-slate-400">({s.causes.map((c) => c.page.title).join(', ')})</span>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-4 space-y-12">
        {symptoms.map((s) => (
          <SymptomSection key={s.id} symptom={s} />
        ))}
      </div>
    </DocsShell>
  );
}
