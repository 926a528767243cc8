import { readingOrder } from '../content/reading-order';
import type { SiteData } from '../content/types';
import type { SearchRecord } from '../search/records';
import { NAVIGATOR_SUMMARY, NAVIGATOR_TITLE, navigatorSymptoms, SYMPTOMS_PATH } from './model';


/**
 * The navigator's search records, of kind "symptom": the page itself, then one per symptom, found by its phrase
 * (the heading) and its synonyms (the text), leading to its anchor on /symptoms/.
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
      // Other ways to say it, and nothing more: how each pitfall shows it is already its #symptoms section's text, and
      // the checks name pitfalls and methods, which would pull queries about them away from the pages that explain them.
      text: s.synonyms.join('. '),
    })),
  ];
}
