import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { systemChecklist } from '../review/checklist';
import { kindLandings } from './landings';
import { ContentError, ContentErrors } from './errors';
import type { CompiledEntry, SiteData } from './types';
import { aliasPathOf, changelogAnchor } from './urls';
import { SYMPTOMS_PATH } from '../symptoms/model';

/** Where the record of every published page and anchor lives, relative to the repository root. */
export const PUBLISHED_ANCHORS_FILE = 'content/published-anchors.json';

/** Page path → the anchors (heading ids) published on it. */
export type PublishedAnchors = Record<string, string[]>;

/** The record as written, checked: a truncated or hand-broken file is an error, never read as "nothing published". */
export function readPublishedAnchors(file: string): PublishedAnchors {
  if (!existsSync(file)) return {};
  const { record, errors } = parsePublishedAnchors(readFileSync(file, 'utf8'), file);
  if (errors.length) throw new ContentErrors(errors);
  return record;
}

const PAGE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RECORD_FIX = 'The file is written by "npm run anchors:record"; restore it with "git checkout content/published-anchors.json" and run that.';

/** Parses the record's text, with an error (and its line) for invalid JSON, a wrong shape, a bad path or anchor. */
export function parsePublishedAnchors(text: string, file: string): { record: PublishedAnchors; errors: ContentError[] } {
  const lineAt = (offset: number) => text.slice(0, Math.max(0, offset)).split('\n').length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message)?.[1];
    return { record: {}, errors: [new ContentError(file, `not valid JSON (${message}). ${RECORD_FIX}`, at ? lineAt(Number(at)) : text.split('\n').length)] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { record: {}, errors: [new ContentError(file, `must be an object of page paths to lists of anchors, e.g. { "/pitfalls/cold-start/": ["problem"] }. ${RECORD_FIX}`, 1)] };
  }
  const errors: ContentError[] = [];
  const record: PublishedAnchors = Object.create(null) as PublishedAnchors;
  for (const [page, anchors] of Object.entries(value)) {
    const line = lineAt(text.indexOf(JSON.stringify(page)));
    if (!PAGE_PATH.test(page)) errors.push(new ContentError(file, `"${page}" is not a page path ("/kind/id/", with slashes at both ends). ${RECORD_FIX}`, line));
    else if (!Array.isArray(anchors) || !anchors.every((a) => typeof a === 'string' && ANCHOR.test(a))) {
      errors.push(new ContentError(file, `the anchors of "${page}" must be a list of kebab-case ids. ${RECORD_FIX}`, line));
    } else record[page] = anchors as string[];
  }
  return { record, errors };
}

/**
 * Every recorded page and anchor the site no longer has, as an error with the fix: a link someone published
 * must keep working, through an alias if its page or heading moved. `npm run content` runs it, so a removed
 * section fails the content step itself, not only the tests.
 */
export function lostPublishedAnchors(record: PublishedAnchors, recordText: string, recordFile: string, data: SiteData, entries: readonly CompiledEntry[]): ContentError[] {
  const current = mergePublishedAnchors({}, data).merged;
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const aliases = new Map(entries.flatMap((e) => e.pageAliases.map((alias) => [aliasPathOf(e, alias), e] as const)));
  const recordLine = (page: string, anchor?: string) => {
    const start = recordText.indexOf(JSON.stringify(page));
    const at = anchor === undefined ? start : recordText.indexOf(JSON.stringify(anchor), start);
    return recordText.slice(0, Math.max(0, at)).split('\n').length;
  };
  const errors: ContentError[] = [];
  for (const [page, anchors] of Object.entries(record)) {
    const entry = byPath.get(page) ?? aliases.get(page);
    const path = entry?.path ?? page;
    if (!current[path]) {
      errors.push(new ContentError(recordFile, `the published page ${page} is gone. Add its old id to the "aliases" of the page that replaces it (frontmatter), so the link keeps working.`, recordLine(page)));
      continue;
    }
    const ids = new Set([...current[path], ...(entry?.anchorAliases.map((a) => a.from.slice(1)) ?? [])]);
    for (const anchor of anchors) {
      if (ids.has(anchor)) continue;
      const where = `(recorded in ${recordFile}:${recordLine(page, anchor)})`;
      if (entry) {
        const fix = `add { from: "#${anchor}", to: "#<the section that replaces it>" } to "aliases" in the frontmatter, or give a heading back the id with "{#${anchor}}"`;
        errors.push(new ContentError(entry.file, `the published anchor ${page}#${anchor} is gone ${where}: ${fix}.`, aliasesLine(entry.source)));
      } else {
        errors.push(new ContentError(recordFile, `the published anchor ${page}#${anchor} is gone from the page the site generates: bring it back, or change the code that removed it.`, recordLine(page, anchor)));
      }
    }
  }
  return errors;
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

/** The frontmatter line where an alias goes: its "aliases:" key, or the closing "---" when it has none. */
function aliasesLine(source: string): number {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const key = lines.slice(0, end).findIndex((line) => line.startsWith('aliases:'));
  return (key === -1 ? end : key) + 1;
}
