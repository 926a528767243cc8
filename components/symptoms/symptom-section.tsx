import { HeadingActions } from '@/components/docs/heading-actions';
import { SiteLink } from '@/components/shared/site-link';
import { NAVIGATOR_TITLE, type NavigatorSymptom } from '@/lib/symptoms/model';


/**
 * One symptom of the navigator: its phrase as an anchored heading with copy controls, then each pitfall that can
 * cause it with how it shows there, the check that tells it apart, and a link to where the page explains the check.
 */
export function SymptomSection({ symptom }: { symptom: NavigatorSymptom }) {
  const many = symptom.causes.length > 1;
  return (
    <section aria-labelledby={symptom.id} className="max-w-3xl" data-symptom={symptom.id}>
      <div className="section-heading">
        <h2 id={symptom.id} className="text-xl font-semibold">
          {symptom.phrase}
        </h2>
        <HeadingActions id={symptom.id} pageTitle={NAVIGATOR_TITLE} heading={symptom.phrase} />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {many ? `${symptom.causes.length} pitfalls can cause it; the check under each tells them apart.` : 'One pitfall causes it; the check confirms it.'}
      </p>
      <ul className="mt-3 space-y-4">
        {symptom.causes.map((cause) => (
          <li key={cause.page.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-cause={cause.page.id}>
            <h3 className="font-semibold">
              <SiteLink href={cause.page.path} className="text-accent-700 hover:underline dark:text-accent-300">
                {cause.page.title}
              </SiteLink>
            </h3>
            <p className="mt-1 text-slate-800 dark:text-slate-200">{cause.text}</p>
            <p className="mt-2 text-slate-800 dark:text-slate-200">
              <strong>Check:</strong> {cause.check}
            </p>
            <p className="mt-2 text-sm">
              <SiteLink href={`${cause.page.path}#${cause.section.id}`} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
                {cause.page.title} › {cause.section.title}
              </SiteLink>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
