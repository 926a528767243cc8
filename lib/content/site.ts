import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SECTIONS, sectionOf } from './kinds';
import { kindLandings, type KindLanding } from './landings';
import { readingOrder } from './reading-order';
import { SITE_DATA_FILE } from './paths';
import type { Capability } from '../assessment/model';
import { relatedLinks, type RelatedLink } from './related';
import { itemAliases, type ItemAliases } from '../review/aliases';
import type { ReviewItem } from '../review/model';
import { navigatorSymptoms, type NavigatorSymptom } from '../symptoms/model';
import type { Entry, SiteData } from './types';
import { aliasPathOf } from './urls';

let cache: SiteData | undefined;

/** The compiled content, read once per build. Run `npm run content` first (npm run build does). */
export function siteData(): SiteData {
  if (!cache) {
    const file = path.join(process.cwd(), SITE_DATA_FILE);
    try {
      cache = JSON.parse(readFileSync(file, 'utf8')) as SiteData;
    } catch {
      throw new Error(`${SITE_DATA_FILE} is missing: run "npm run content" (npm run build does it) before Next.js builds.`);
    }
  }
  return cache;
}

/** Entries in reading order: by sidebar section, then `order`, then title. The home page is not included. */
export function orderedEntries(): Entry[] {
  return readingOrder(siteData().entries);
}

export function homeEntry(): Entry {
  const home = siteData().entries.find((e) => e.path === '/');
  if (!home) throw new Error('content/index.mdx is missing: it holds the home page.');
  return home;
}

export function entryByPath(urlPath: string): Entry | undefined {
  return siteData().entries.find((e) => e.path === urlPath);
}

export function entryById(id: string): Entry | undefined {
  return siteData().entries.find((e) => e.id === id);
}

export interface NavSection {
  title: string;
  /** The section's landing page (/systems/), where it has one. */
  path?: string;
  entries: Pick<Entry, 'id' | 'path' | 'title' | 'kind'>[];
}

export function navigation(): NavSection[] {
  const entries = orderedEntries();
  const landings = landingPages();
  return SECTIONS.map((section) => ({
    title: section.title,
    path: landings.find((l) => l.title === section.title)?.path,
    entries: entries
      .filter((e) => section.kinds.includes(e.kind))
      .map(({ id, path: p, title, kind }) => ({ id, path: p, title, kind })),
  }));
}

/** The landing page of each section that has one: /systems/, /patterns/, … */
export function landingPages(): KindLanding[] {
  return kindLandings(siteData().entries);
}

export function landingByPath(urlPath: string): KindLanding | undefined {
  return landingPages().find((l) => l.path === urlPath);
}

/** The landing page an entry's section has, for its breadcrumb. */
export function landingOf(entry: Entry): KindLanding | undefined {
  return landingPages().find((l) => l.title === sectionOf(entry.kind).title);
}

export function previousAndNext(entry: Entry): { previous?: Entry; next?: Entry } {
  const entries = orderedEntries();
  const index = entries.findIndex((e) => e.id === entry.id);
  return { previous: entries[index - 1], next: entries[index + 1] };
}

export type { RelatedLink } from './related';

export function relatedOf(entry: Entry): { related: RelatedLink[]; backlinks: RelatedLink[] } {
  return relatedLinks(entry, siteData().entries);
}

/** Redirect pages for earlier ids: old URL path → the entry that now answers it. */
export function aliasRedirects(): { from: string; to: Entry }[] {
  return siteData().entries.flatMap((entry) =>
    entry.pageAliases.map((alias) => ({ from: aliasPathOf(entry, alias), to: entry })),
  );
}

/** Every review item on the site, in reading order (the pages' sidebar order, then the order on the page). */
export function reviewItems(): ReviewItem[] {
  const home = siteData().entries.filter((e) => e.path === '/');
  return [...home, ...orderedEntries()].flatMap((e) => e.reviewItems);
}

/** Retired review item ids → the item that took each over: anchor aliases that land on an item, and the items' own. */
export function reviewItemAliases(): ItemAliases {
  return itemAliases(reviewItems(), siteData().entries.flatMap((e) => e.anchorAliases));
}

/** Every maturity capability on the site, by level, then in reading order: the self-assessment's questions. */
export function capabilities(): Capability[] {
  return orderedEntries()
    .flatMap((e) => e.capabilities)
    .sort((a, b) => a.level - b.level);
}

/** The system entries with their facts, in sidebar order: the review builder's choices. */
export function systemEntries(): (Entry & { system: NonNullable<Entry['system']> })[] {
  return orderedEntries().filter((e): e is Entry & { system: NonNullable<Entry['system']> } => e.kind === 'system' && Boolean(e.system));
}

/** System id → title, for naming the systems a review item applies to. */
export function systemTitles(): ReadonlyMap<string, string> {
  return new Map(systemEntries().map((e) => [e.id, e.title]));
}

export interface ChangelogDay {
  date: string;
  changes: { summary: string; entries: Pick<Entry, 'id' | 'path' | 'title'>[] }[];
}

/** The content changes grouped by day, newest first, each naming the pages it touched (content/changelog.yaml). */
export function changelogDays(): ChangelogDay[] {
  const days: ChangelogDay[] = [];
  for (const change of siteData().changelog) {
    const entries = change.entries.map((id) => entryById(id)).filter((e): e is Entry => e !== undefined).map(({ id, path: p, title }) => ({ id, path: p, title }));
    const day = days.at(-1)?.date === change.date ? days.at(-1)! : days[days.push({ date: change.date, changes: [] }) - 1];
    day.changes.push({ summary: change.summary, entries });
  }
  return days;
}

/** The symptom navigator: every symptom of content/symptoms.yaml with the pitfalls that state it, in reading order. */
export function symptomNavigator(): NavigatorSymptom[] {
  return navigatorSymptoms(siteData().symptoms, orderedEntries());
}
