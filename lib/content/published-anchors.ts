import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SiteData } from './types';

/** Where the record of every published page and anchor lives, relative to the repository root. */
export const PUBLISHED_ANCHORS_FILE = 'content/published-anchors.json';

/** Page path → the anchors (heading ids) published on it. */
export type PublishedAnchors = Record<string, string[]>;

export function readPublishedAnchors(file: string): PublishedAnchors {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedAnchors) : {};
}

/**
 * Adds the site's current pages and heading ids to the record. It never removes one: a link that was
 * published must keep working, through an alias if its page or heading moves.
 */
export function mergePublishedAnchors(record: PublishedAnchors, data: SiteData): { merged: PublishedAnchors; added: number } {
  const merged: PublishedAnchors = structuredClone(record);
  let added = 0;
  for (const entry of data.entries) {
    const anchors = new Set(merged[entry.path] ?? []);
    if (!merged[entry.path]) added++;
    // Headings and review items: both are anchors people link to.
    for (const id of [...entry.headings.map((h) => h.id), ...(entry.reviewItems ?? []).map((i) => i.id)]) {
      if (!anchors.has(id)) {
        anchors.add(id);
        added++;
      }
    }
    merged[entry.path] = [...anchors].sort();
  }
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  return { merged: sorted, added };
}

export function writePublishedAnchors(file: string, record: PublishedAnchors): void {
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
