import type { ReviewItem } from '../review/model';
import { ContentError } from './errors';
import type { CompiledEntry } from './types';

/**
 * Resolves every page's review items against the whole site and fills `entry.reviewItems`: ids unique across
 * the site, every system id an entry of kind "system", every explicit section an anchor on the page.
 */
export function resolveReviewItems(entries: CompiledEntry[]): ContentError[] {
  const errors: ContentError[] = [];
  const systems = new Set(entries.filter((e) => e.kind === 'system').map((e) => e.id));
  const seen = new Map<string, { file: string; line?: number }>();
  for (const entry of entries) {
    entry.reviewItems = [];
    for (const fact of entry.reviewFacts) {
      const fail = (problem: string) => errors.push(new ContentError(entry.file, `<ReviewQuestion id="${fact.id}"> ${problem}`, fact.line));
      const first = seen.get(fact.id);
      if (first) fail(`uses an id already taken at ${first.file}:${first.line ?? '?'}: review item ids are unique across the site. Choose another.`);
      seen.set(fact.id, { file: entry.file, line: fact.line });
      const unknown = fact.systems.filter((s) => !systems.has(s));
      if (unknown.length) fail(`names "${unknown[0]}" in systems="…", which is not a system. Systems: ${[...systems].sort().join(', ')}.`);
      const heading = entry.headings.find((h) => h.id === fact.sectionId);
      if (!heading) {
        fail(`section="${fact.sectionId}" is not an h2/h3 id on this page. Headings: ${entry.headings.map((h) => h.id).join(', ')}.`);
        continue;
      }
      const { sectionId, sectionExplicit: _explicit, ...rest } = fact;
      const item: ReviewItem = { ...rest, page: { id: entry.id, path: entry.path, title: entry.title }, section: { id: sectionId, title: heading.text } };
      entry.reviewItems.push(item);
    }
  }
  return errors;
}
