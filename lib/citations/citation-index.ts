import type { VersionStamp } from './history';

/**
 * The shape of /citations.json: for tools (cite-check) and for the page's "Changed since cited" notice, which fetches
 * it only when a visit carries `?v=`. Pure types and look-ups: no Node API, so the browser can use them.
 */
export interface CitationIndex {
  /** The site's origin and base path at build time ("https://atlas.example.org"), so a tool can match links. */
  site: string;
  /** Where the texts of every version are: `${archive}${version}.txt`, relative to the site root (base path included). */
  archive: string;
  pages: Record<string, CitationPage>;
}

export interface CitationPage {
  title: string;
  /** Every anchor ever published with a version: current ones have `current`; retired ones `movedTo` (if aliased). */
  anchors: Record<string, CitationAnchor>;
  /** A page that moved: its old path lists no anchors and points here. */
  movedTo?: string;
}

export interface CitationAnchor {
  kind: 'section' | 'item';
  /** A current section's heading, or the start of a current review item's question. */
  title?: string;
  /** The version on the page now; absent when the anchor is retired. */
  current?: string;
  /** Oldest first: [version, date first published]. */
  history: VersionStamp[];
  /** A retired anchor that lands on another one (an anchor alias in the page's frontmatter). */
  movedTo?: string;
}

/** What a citation of `version` at `page#id` finds today. */
export type CitationStatus =
  | { status: 'ok'; page: string; id: string }
  | { status: 'stale'; page: string; id: string; changed: string; last: string; changes: number; cited: string; current: string }
  | { status: 'moved'; page: string; id: string; to: { page: string; id: string }; current?: string; cited?: string; changed?: string }
  | { status: 'unknown-version'; page: string; id: string; cited: string; current?: string }
  | { status: 'unversioned'; page: string; id?: string }
  | { status: 'broken'; page: string; id?: string; reason: string };

/**
 * Resolves a cited page path, anchor and version against the index. `moved` covers a page alias and a retired anchor
 * that lands elsewhere; its `changed` says whether the cited text differs from the text now at the target.
 */
export function resolveCitation(index: CitationIndex, pagePath: string, id: string | undefined, version: string | undefined): CitationStatus {
  let page = index.pages[pagePath];
  let path = pagePath;
  let moved = false;
  if (page?.movedTo) {
    path = page.movedTo;
    page = index.pages[path];
    moved = true;
  }
  if (!page) return { status: 'broken', page: pagePath, id, reason: 'no such page' };
  if (!id) return moved ? { status: 'moved', page: pagePath, id: '', to: { page: path, id: '' } } : { status: 'unversioned', page: pagePath };
  const anchor = page.anchors[id];
  let target = id;
  if (anchor?.movedTo && !anchor.current) {
    target = anchor.movedTo;
    moved = true;
  }
  // A merged review item may live on another page and show here by reference (<ReviewRef>): item ids are site-wide.
  const landing = page.anchors[target] ?? (moved ? currentItem(index, target) : undefined);
  if (!anchor || !landing?.current) return { status: 'broken', page: pagePath, id, reason: `no section or review item #${id}` };
  if (moved) {
    const cited = version && anchor.history.find(([v]) => v === version);
    const changed = version && cited && version !== landing.current ? (laterStamp(anchor, version) ?? landing.history.at(-1)?.[1]) : undefined;
    return { status: 'moved', page: pagePath, id, to: { page: path, id: target }, current: landing.current, cited: version, changed };
  }
  if (!version) return { status: 'unversioned', page: pagePath, id };
  if (version === anchor.current) return { status: 'ok', page: pagePath, id };
  const at = anchor.history.findIndex(([v]) => v === version);
  if (at < 0) return { status: 'unknown-version', page: pagePath, id, cited: version, current: anchor.current };
  const later = anchor.history.slice(at + 1);
  return {
    status: 'stale',
    page: pagePath,
    id,
    changed: later[0]?.[1] ?? anchor.history.at(-1)![1],
    last: later.at(-1)?.[1] ?? anchor.history.at(-1)![1],
    changes: later.length,
    cited: version,
    current: anchor.current!,
  };
}

/** The date of the first stamp after `version` (the day the cited text was replaced). */
function laterStamp(anchor: CitationAnchor, version: string): string | undefined {
  const at = anchor.history.findIndex(([v]) => v === version);
  return at >= 0 ? anchor.history[at + 1]?.[1] : undefined;
}

/** A review item's current entry, on whichever page it is written. */
function currentItem(index: CitationIndex, id: string): CitationAnchor | undefined {
  for (const page of Object.values(index.pages)) {
    const anchor = page.anchors[id];
    if (anchor?.kind === 'item' && anchor.current) return anchor;
  }
  return undefined;
}
