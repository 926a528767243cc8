import type { ReactNode } from 'react';
import { SiteLink } from '@/components/shared/site-link';
import { NAVIGATOR_TITLE, SYMPTOMS_PATH, type PitfallSymptom } from '@/lib/symptoms/model';

/**
 * One symptom on the pitfall page that states it: the team's phrase, linked to the navigator (which lists the
 * symptom's other causes), how it shows with this pitfall, and the check that tells this pitfall apart.
 */
export function PitfallSymptomItem({ symptom, phrase, children }: { symptom: PitfallSymptom; phrase: string; children: ReactNode }) {
  return (
    <li data-symptom={symptom.id}>
      <SiteLink href={`${SYMPTOMS_PATH}#${symptom.id}`} className="font-semibold">
        {phrase}
      </SiteLink>
      : {children}
      <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
        <strong>Check:</strong> {symptom.check}
      </span>
    </li>
  );
}

/** A pitfall's symptoms, with one line on where their links lead (the same on every pitfall, so it is not content). */
export function SymptomList({ children }: { children: ReactNode }) {
  return (
    <>
      <p>
        Each symptom links to the{' '}
        <SiteLink href={SYMPTOMS_PATH}>{NAVIGATOR_TITLE.toLowerCase()}</SiteLink>, which lists every pitfall that can cause it and the check that tells
        them apart.
      </p>
      <ul className="symptom-list">{children}</ul>
    </>
  );
}
