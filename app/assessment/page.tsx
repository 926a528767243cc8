import type { Metadata } from 'next';
import { AssessmentTool } from '@/components/assessment/assessment-tool';
import { OtherModelsTable } from '@/components/assessment/other-models-table';
import { Breadcrumbs } from '@/components/docs/breadcrumbs';
import { DocsShell } from '@/components/docs/docs-shell';
import { SiteLink } from '@/components/shared/site-link';
import { capabilities } from '@/lib/content/site';
import { ASSESSMENT_PAGE } from '@/lib/content/tool-pages';
import { toolPageMetadata } from '@/lib/entry-metadata';

export const metadata: Metadata = toolPageMetadata(ASSESSMENT_PAGE, { markdown: true });

export default function AssessmentPage() {
  // The tool needs what it asks and links to; `line` is a build-time detail.
  const all = capabilities().map(({ line: _line, ...c }) => c);
  return (
    <DocsShell currentPath="/assessment/">
      <Breadcrumbs items={[{ label: 'Atlas', href: '/' }, { label: 'MLOps maturity self-assessment' }]} />
      <h1 className="text-3xl font-bold tracking-tight">MLOps maturity self-assessment</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        {all.length} questions, one per capability of the <SiteLink href="/maturity/" className="underline">MLOps maturity levels</SiteLink>, in the order of the
        levels. Your level is the highest one whose questions, and those of every level below it, are all answered &ldquo;Yes&rdquo;; &ldquo;Partly&rdquo;
        counts as not yet. The answers stay in the address bar, so the link shares the result; nothing is sent anywhere.
      </p>
      <AssessmentTool capabilities={all} />
      <h2 id="other-models" className="mt-12 mb-3 scroll-mt-20 text-xl font-semibold">
        How these levels compare with other maturity models
      </h2>
      <p className="mb-3 max-w-3xl text-slate-700 dark:text-slate-300">
        A rough correspondence, not an equivalence: each model draws the line between levels in its own place.
      </p>
      <OtherModelsTable />
    </DocsShell>
  );
}
