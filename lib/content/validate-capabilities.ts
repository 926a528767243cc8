import { CAPABILITY_LEVELS, type Capability } from '../assessment/model';
import { ContentError } from './errors';
import type { CompiledEntry } from './types';

/**
 * Resolves every page's `<Capability>` items and fills `entry.capabilities`: ids unique across the site, each
 * section an anchor on its page, and every level 1–3 with at least one capability once any exist, so the
 * self-assessment can never score a level it has no questions for.
 */
export function resolveCapabilities(entries: CompiledEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    entry.capabilities = [];
    for (const fact of entry.capabilityFacts) {
      const fail = (problem: string) => errors.push(new ContentError(entry.file, `<Capability id="${fact.id}"> ${problem}`, fact.line));
      const first = seen.get(fact.id);
      if (first) fail(`uses an id already taken at ${first}: capability ids are unique across the site. Choose another.`);
      seen.set(fact.id, `${entry.file}:${fact.line ?? '?'}`);
      const heading = entry.headings.find((h) => h.id === fact.sectionId);
      if (!heading) {
        fail(`section="${fact.sectionId}" is not an h2/h3 id on this page. Headings: ${entry.headings.map((h) => h.id).join(', ')}.`);
        continue;
      }
      const { sectionId, ...rest } = fact;
      const capability: Capability = { ...rest, page: { id: entry.id, path: entry.path, title: entry.title }, section: { id: sectionId, title: heading.text } };
      entry.capabilities.push(capability);
    }
  }
  const all = entries.flatMap((e) => e.capabilityFacts.map((c) => ({ file: e.file, level: c.level })));
  if (all.length > 0) {
    for (const level of CAPABILITY_LEVELS) {
      if (!all.some((c) => c.level === level)) {
        errors.push(new ContentError(all[0].file, `no <Capability> has level="${level}": the self-assessment needs at least one question per level 1–3 to score it.`));
      }
    }
  }
  return errors;
}
