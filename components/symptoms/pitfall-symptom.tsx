import type { ReactNode } from 'react';
import { SiteLink } from '@/components/shared/site-link';
import { SYMPTOMS_PATH, type PitfallSymptom } from '@/lib/symptoms/model';

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
