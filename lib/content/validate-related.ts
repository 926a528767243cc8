import { ContentError } from './errors';
import type { CompiledEntry } from './types';
import { lineOf } from './source-lines';

/**
 * `related` and the text must agree: a page that links another entry in its body lists it in `related`
 * (so the relation shows in "Related" and "Referenced by"), and every `related` entry is linked somewhere in
 * the body (so the reader meets it where it matters), or shows one of its review items (<ReviewRef>). The home
 * page, which links everything, is exempt.
 */
export function checkRelatedLinks(entries: CompiledEntry[], byPath: Map<string, CompiledEntry>): ContentError[] {
  const errors: ContentError[] = [];
  const ids = new Set(entries.map((e) => e.id));
  const itemPage = new Map(entries.flatMap((e) => e.reviewFacts.map((f) => [f.id, e.id] as const)));
  for (const entry of entries) {
    // A <ReviewRef> shows an item of another page with a link to the section that explains it: that meets the
    // reader's need a related entry stands for, so it counts for `related`; it does not require one.
    const shown = new Set(entry.reviewRefFacts.map((r) => itemPage.get(r.id)));
    if (entry.path === '/') continue;
    const linked = new Map<string, number | undefined>();
    for (const { href, line } of entry.links) {
      const target = byPath.get(href.split('#')[0]);
      if (target && target !== entry && target.path !== '/' && !linked.has(target.id)) linked.set(target.id, line);
    }
    const related = new Set(entry.related.map((r) => r.id));
    for (const [id, line] of linked) {
      if (!related.has(id)) {
        errors.push(new ContentError(entry.file, `the text links "${id}" but related does not list it: add "${id}" to related (or remove the link).`, line));
      }
    }
    for (const id of related) {
      // An unknown id is reported by validateSite with a "did you mean"; not twice here.
      if (!linked.has(id) && !shown.has(id) && ids.has(id)) {
        errors.push(new ContentError(entry.file, `related lists "${id}" but the text never links it: link it where the page discusses it, or remove it from related.`, lineOf(entry.source, id)));
      }
    }
  }
  return errors;
}
