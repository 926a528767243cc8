import { sectionOf } from './kinds';
import type { Entry } from './types';

/** Entries in reading order: by sidebar section, then kind, `order` and title. The home page is not included. */
export function readingOrder<T extends Pick<Entry, 'path' | 'kind' | 'order' | 'title'>>(entries: readonly T[]): T[] {
  return entries
    .filter((e) => e.path !== '/')
    .sort((a, b) => sectionOf(a.kind).index - sectionOf(b.kind).index || a.kind.localeCompare(b.kind) || a.order - b.order || a.title.localeCompare(b.title));
}
