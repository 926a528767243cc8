import { DEFAULT_CHECK_SECTION } from '../mdx/collect-symptoms';
import { SYMPTOMS_PATH, type SymptomTerm } from '../symptoms/model';
import { ContentError } from './errors';
import { lineOf } from './source-lines';
import { suggest } from './suggest';
import type { CompiledEntry } from './types';

/**
 * Resolves every page's <Symptom> elements against the vocabulary and fills `entry.symptoms`: each names a known
 * symptom once per page, sits on a pitfall page, and links a section of that page that exists (its Detection section by
 * default). With a vocabulary, every pitfall states at least one symptom and every symptom has a pitfall, so the
 * navigator reaches every pitfall and lists no symptom without a cause.
 */
export function resolveSymptoms(entries: CompiledEntry[], vocabulary: { file: string; terms: SymptomTerm[] } | undefined): ContentError[] {
  const errors: ContentError[] = [];
  const terms = new Map((vocabulary?.terms ?? []).map((t) => [t.id, t]));
  const used = new Set<string>();
  for (const entry of entries) {
    entry.symptoms = [];
    for (const fact of entry.symptomFacts) {
      const fail = (problem: string) => errors.push(new ContentError(entry.file, `<Symptom id="${fact.id}"> ${problem}`, fact.line));
      if (entry.kind !== 'pitfall') {
        fail(`is on a page of kind "${entry.kind}": symptoms lead to pitfalls, so write it on the pitfall page that explains it.`);
        continue;
      }
      if (!vocabulary) {
        fail('names a symptom, but content/symptoms.yaml does not exist: create it with this symptom (see content/README.md#symptoms).');
        continue;
      }
      if (!terms.has(fact.id)) {
        fail(`is not a symptom of ${vocabulary.file}. ${suggest(fact.id, [...terms.keys()])} Add a new symptom there first.`);
        continue;
      }
      // Named by a pitfall, so not "stated by no pitfall" even when this element has another problem.
      used.add(fact.id);
      if (entry.symptoms.some((s) => s.id === fact.id)) {
        fail('is written twice on this page: say everything about one symptom in one <Symptom>.');
        continue;
      }
      const heading = entry.headings.find((h) => h.id === fact.sectionId);
      if (!heading) {
        const link = `${entry.path}#${fact.sectionId}`;
        const why = fact.sectionId === DEFAULT_CHECK_SECTION ? ` (the default): give the page a "## Detection {#${DEFAULT_CHECK_SECTION}}" section or name one with section="…"` : '';
        fail(`links ${link}, which does not exist${why}. Headings: ${entry.headings.map((h) => h.id).join(', ')}.`);
        continue;
      }
      const { sectionId: _section, ...rest } = fact;
      entry.symptoms.push({ ...rest, section: { id: heading.id, title: heading.text } });
    }
  }
  if (!vocabulary) return errors;
  for (const entry of entries) {
    if (entry.kind === 'pitfall' && entry.symptomFacts.length === 0) {
      const line = entry.headings.find((h) => h.id === 'symptoms')?.line ?? lineOf(entry.source, 'kind:');
      errors.push(new ContentError(entry.file, `this pitfall states no symptoms: write its Symptoms section as <Symptom id="…" check="…"> elements (ids from ${vocabulary.file}), so ${SYMPTOMS_PATH} leads to it.`, line));
    }
  }
  for (const term of vocabulary.terms) {
    if (!used.has(term.id)) {
      errors.push(new ContentError(vocabulary.file, `symptom "${term.id}" is not stated by any pitfall: add <Symptom id="${term.id}" check="…"> to the pitfall that causes it, or remove it.`, term.line));
    }
  }
  return errors;
}
