import { RETIRED } from './history';
import type { CitationIndex } from './citation-index';

/** One section or review item that changed on a day: a link to its diff is a citation of the version before. */
export interface SectionChange {
  id: string;
  kind: 'section' | 'item';
  label: string;
  /** The version before the change: `${page}?v=${before}#${id}` opens the page with "Show changes". */
  before: string;
  /** It left the page that day (removed, or merged into another through an alias). */
  retired: boolean;
}

export interface SectionChangeDay {
  date: string;
  pages: { path: string; title: string; changes: SectionChange[] }[];
}

/**
 * Which sections and review items changed, day by day (newest first), from the version history: every stamp after an
 * anchor's first one. New sections are not changes (the hand-written changelog says what was added).
 */
export function sectionChangeDays(index: CitationIndex): SectionChangeDay[] {
  const days = new Map<string, Map<string, SectionChangeDay['pages'][number]>>();
  for (const [path, page] of Object.entries(index.pages)) {
    if (page.movedTo || !page.title) continue;
    for (const [id, anchor] of Object.entries(page.anchors)) {
      anchor.history.forEach(([version, date], i) => {
        const before = anchor.history[i - 1]?.[0];
        if (i === 0 || !before || before === RETIRED) return;
        const pages = days.get(date) ?? days.set(date, new Map()).get(date)!;
        const entry = pages.get(path) ?? pages.set(path, { path, title: page.title, changes: [] }).get(path)!;
        const label = anchor.title ?? (anchor.kind === 'item' ? `review question #${id}` : `#${id}`);
        entry.changes.push({ id, kind: anchor.kind, label, before, retired: version === RETIRED });
      });
    }
  }
  return [...days]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, pages]) => ({ date, pages: [...pages.values()].sort((a, b) => a.title.localeCompare(b.title)) }));
}

/** The address of a change's diff: the page opened as a citation of the version before it. */
export function changeDiffPath(pagePath: string, change: Pick<SectionChange, 'id' | 'before'>): string {
  return `${pagePath}?v=${change.before}#${change.id}`;
}
