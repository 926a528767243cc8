import { SECTIONS, type SectionTool } from './kinds';
import type { Entry } from './types';

/** A page listing every entry of one sidebar section: /systems/, /patterns/, … */
export interface KindLanding {
  /** "/systems/". */
  path: string;
  /** The section's title: "Systems". */
  title: string;
  /** One sentence on what the section holds: the page's lead and meta description. */
  summary: string;
  /** A page that works on the section's entries, linked under the lead. */
  tool?: SectionTool;
}

/**
 * A landing page for each sidebar section whose entries (two or more) all live in one folder, so the URL a
 * reader gets by cutting a page's last segment (/pitfalls/label-leakage/ → /pitfalls/) always exists.
 * Sections whose entries sit at the root (Guides: /monitoring/, /maturity/, …) have no folder to land on; a
 * folder that is itself an entry's page keeps that entry.
 */
export function kindLandings(entries: Pick<Entry, 'path' | 'kind'>[]): KindLanding[] {
  const pages = new Set(entries.map((e) => e.path));
  return SECTIONS.flatMap((section) => {
    const members = entries.filter((e) => section.kinds.includes(e.kind));
    const folders = new Set(members.map((e) => /^(\/[^/]+\/)[^/]+\/$/.exec(e.path)?.[1] ?? ''));
    const [folder] = folders;
    if (members.length < 2 || folders.size !== 1 || !folder || pages.has(folder)) return [];
    return [{ path: folder, title: section.title, summary: section.summary, ...(section.tool ? { tool: section.tool } : {}) }];
  });
}
