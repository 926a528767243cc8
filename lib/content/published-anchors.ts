import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { systemChecklist } from '../review/checklist';
import { kindLandings } from './landings';
import type { SiteData } from './types';
import { changelogAnchor } from './urls';
import { SYMPTOMS_PATH } from '../symptoms/model';

/** Where the record of every published page and anchor lives, relative to the repository root. */
export const PUBLISHED_ANCHORS_FILE = 'content/published-anchors.json';

/** Page path → the anchors (heading ids) published on it. */
export type PublishedAnchors = Record<string, string[]>;

export function readPublishedAnchors(file: string): PublishedAnchors {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedAnchors) : {};
}

/**
 * Adds the site's current pages (entries and section landing pages) and heading ids to the record. It never removes one: a link that was
 * published must keep working, through an alias if its page or heading moves.
 */
export function mergePublishedAnchors(record: PublishedAnchors, data: SiteData): { merged: PublishedAnchors; added: number } {
  const merged: PublishedAnchors = structuredClone(record);
  let added = 0;
  const pages = [
    // Section landing pages (/systems/ …) are published pages too; they have no section anchors.
    ...kindLandings(data.entries).map((landing) => ({ path: landing.path, ids: [] as string[] })),
    // Headings, review items and capabilities: all are anchors people link to.
    ...data.entries.map((entry) => ({
      path: entry.path,
      ids: [...entry.headings.map((h) => h.id), ...entry.reviewItems.map((i) => i.id), ...entry.capabilities.map((c) => c.id)],
    })),
    ...reviewPages(data),
    assessmentPage(data),
    { path: '/changelog/', ids: [...new Set(data.changelog.map((c) => changelogAnchor(c.date)))] },
    // Each symptom's heading on the navigator: reviews link "see /symptoms/#calibration-off".
    ...(data.symptoms.length ? [{ path: SYMPTOMS_PATH, ids: data.symptoms.map((s) => s.id) }] : []),
  ];
  for (const page of pages) {
    const anchors = new Set(merged[page.path] ?? []);
    if (!merged[page.path]) added++;
    for (const id of page.ids) {
      if (!anchors.has(id)) {
        anchors.add(id);
        added++;
      }
    }
    merged[page.path] = [...anchors].sort();
  }
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  return { merged: sorted, added };
}

/** The checklist builder and each system's checklist page, with its phase anchors: review links land there too. */
function reviewPages(data: SiteData): { path: string; ids: string[] }[] {
  const items = data.entries.flatMap((e) => e.reviewItems);
  const systems = data.entries.filter((e) => e.kind === 'system');
  return [
    { path: '/review/', ids: ['by-system'] },
    ...systems.map((s) => ({ path: `/review/${s.id}/`, ids: systemChecklist(items, s.id).map((g) => `phase-${g.phase}`) })),
  ];
}

/** The self-assessment: its level sections, each question, the result and the comparison with other models. */
function assessmentPage(data: SiteData): { path: string; ids: string[] } {
  const capabilities = data.entries.flatMap((e) => e.capabilities);
  const levels = [...new Set(capabilities.map((c) => `level-${c.level}`))];
  return { path: '/assessment/', ids: [...levels, ...capabilities.map((c) => `q-${c.id}`), 'result', 'other-models'] };
}

export function writePublishedAnchors(file: string, record: PublishedAnchors): void {
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
