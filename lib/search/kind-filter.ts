import { KIND_LABEL, KINDS } from '../content/kinds';
import type { SearchKind } from './records';

/** Singular label of what a result is: an entry's kind, "Review question" or "Symptom". */
export const SEARCH_KIND_LABEL: Record<SearchKind, string> = { ...KIND_LABEL, question: 'Review question', symptom: 'Symptom' };

/** The kinds a search can be narrowed to, with plural labels ("Pitfalls", "Review questions", "Symptoms"). */
export const KIND_FILTERS: { value: SearchKind; label: string }[] = [...KINDS, 'question' as const, 'symptom' as const].map((kind) => ({ value: kind, label: `${SEARCH_KIND_LABEL[kind]}s` }));

export function parseKind(value: string | null | undefined): SearchKind | undefined {
  return KIND_FILTERS.find((k) => k.value === value)?.value;
}
