import { ContentError } from './errors';
import type { CompiledEntry } from './types';

/**
 * `related` and the text must agree: a page that links another entry in its body lists it in `related`
 * (so the relation shows in "Related" and "Referenced by"), and every `related` entry is linked somewhere in
 * the body (so the reader meets it where it matters). The home page, which links everything, is exempt.
 */
export function checkRelatedLinks(entries: CompiledEntry[], byPath: Map<string, CompiledEntry>): ContentError[] {
  const errors: ContentError[] = [];
  for (const entry of entries) {
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
      if (!linked.has(id) && byPath.has(entryPathOf(entries, id))) {
        errors.push(new ContentError(entry.file, `related lists "${id}" but the text never links it: link it where the page discusses it, or remove it from related.`, lineOf(entry.source, id)));
      }
    }
  }
  return errors;
}

function entryPathOf(entries: CompiledEntry[], id: string): string {
  return entries.find((e) => e.id === id)?.path ?? '';
}

function lineOf(source: string, needle: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.includes(needle));
  return index === -1 ? undefined : index + 1;
}
