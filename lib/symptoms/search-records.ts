import { readingOrder } from '../content/reading-order';
import type { SiteData } from '../content/types';
import type { SearchRecord } from '../search/records';
import { NAVIGATOR_SUMMARY, NAVIGATOR_TITLE, navigatorSymptoms, SYMPTOMS_PATH } from './model';


/**
 * The navigator's search records, of kind "symptom": the page itself, then one per symptom, found by its phrase
 * (the heading), its synonyms and how each cause shows it (the text), leading to its anchor on /symptoms/.
 */
export function symptomRecords(data: SiteData): SearchRecord[] {
  if (data.symptoms.length === 0) return [];
  // The page is not an entry; "pitfall" is what it is about. Its records say "symptom", which is what results show.
  const base = { page: NAVIGATOR_TITLE, summary: NAVIGATOR_SUMMARY, kind: 'symptom' as const, pageKind: 'pitfall' as const, tags: [], parent: '' };
  const symptoms = navigatorSymptoms(data.symptoms, readingOrder(data.entries));
  return [
    { ...base, url: SYMPTOMS_PATH, heading: '', text: '' },
    ...symptoms.map((s) => ({
      ...base,
      url: `${SYMPTOMS_PATH}#${s.id}`,
      heading: s.phrase,
      // The words of observation (synonyms, how each cause shows), not the checks: those name pitfalls and methods,
      // and would pull queries about a pitfall or a detection method away from the pages that explain them.
      text: `${s.synonyms.join('. ')}. ${s.causes.map((c) => c.text).join(' ')}`,
    })),
  ];
}
