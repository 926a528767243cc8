import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CitableText } from './source-sections';

/** Where the version history lives, relative to the repository root: one JSON file per page, named after its MDX file. */
export const HISTORY_DIR = 'content/history';

/** One published version of an anchor: [version, date (YYYY-MM-DD) it was first published]; RETIRED when it left its page. */
export type VersionStamp = [version: string, date: string];

/** The version of an anchor no longer on its page (removed, or merged into another through an alias). */
export const RETIRED = '-';

/**
 * The committed, append-only version history of one page. Each anchor (h2/h3 section or review item) lists its
 * versions oldest first; each text is stored once per version in `texts`, even when two anchors or two moments share it.
 */
export interface PageHistory {
  /** The page's URL path when it was recorded ("/pitfalls/data-drift/"). */
  path: string;
  anchors: Record<string, { kind: CitableText['kind']; versions: VersionStamp[] }>;
  texts: Record<string, string>;
}

/** content/history/pitfalls/data-drift.json for content/pitfalls/data-drift.mdx. */
export function historyFileOf(contentRelativeMdx: string): string {
  return `${HISTORY_DIR}/${contentRelativeMdx.replace(/\.mdx$/, '.json')}`;
}

/**
 * Appends the page's current texts to its history: an anchor gets a new stamp only when its version differs from its
 * latest one, so running it twice (or after a merge that changed nothing here) changes nothing. A text going back to
 * an earlier wording is a new stamp with the old version (it was published again). Never removes anything: an anchor
 * gone from the page keeps its history and gets a RETIRED stamp dated when it left, which is how a citation of a retired
 * section still finds its text and the day it was merged away.
 */
export function appendVersions(history: PageHistory | undefined, pagePath: string, texts: CitableText[], date: string): { history: PageHistory; appended: number } {
  const next: PageHistory = history ? structuredClone(history) : { path: pagePath, anchors: {}, texts: {} };
  next.path = pagePath;
  let appended = 0;
  for (const { id, kind, text, version } of texts) {
    const anchor = (next.anchors[id] ??= { kind, versions: [] });
    anchor.kind = kind;
    const last = anchor.versions.at(-1);
    if (last?.[0] === version) continue;
    // A clock or a commit date earlier than the last stamp must not reorder the history.
    anchor.versions.push([version, last && last[1] > date ? last[1] : date]);
    next.texts[version] ??= text;
    appended++;
  }
  const present = new Set(texts.map((t) => t.id));
  for (const [id, anchor] of Object.entries(next.anchors)) {
    const last = anchor.versions.at(-1);
    if (present.has(id) || !last || last[0] === RETIRED) continue;
    anchor.versions.push([RETIRED, last[1] > date ? last[1] : date]);
    appended++;
  }
  return { history: sortHistory(next), appended };
}

/** Keys sorted, so the files diff cleanly and two runs produce the same bytes. */
function sortHistory(history: PageHistory): PageHistory {
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { path: history.path, anchors: sorted(history.anchors), texts: sorted(history.texts) };
}

export function readPageHistory(file: string): PageHistory | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageHistory) : undefined;
}

export function writePageHistory(file: string, history: PageHistory): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(history, null, 1)}\n`);
}

/** Every page history under `dir` (the repository's content/history), by repository-relative file. */
export function readAllHistories(dir: string): Map<string, PageHistory> {
  const result = new Map<string, PageHistory>();
  if (!existsSync(dir)) return result;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.json')) continue;
    const file = path.join(d.parentPath, d.name);
    result.set(file, JSON.parse(readFileSync(file, 'utf8')) as PageHistory);
  }
  return new Map([...result].sort(([a], [b]) => a.localeCompare(b)));
}
