import { resolveCitation, type CitationIndex, type CitationStatus } from './citation-index';

/** What cite-check reports for one link. */
export type LinkState = 'ok' | 'stale' | 'moved' | 'broken' | 'unversioned';

export interface LinkReport {
  file: string;
  line: number;
  url: string;
  state: LinkState;
  /** One line for people: what changed and when, where it moved, why it is broken. */
  detail: string;
}

/** Files cite-check reads. */
export const CITE_CHECK_EXTENSIONS = ['.md', '.mdx', '.markdown', '.html', '.htm'];

/**
 * Every link to the site (absolute URLs starting with `site`, e.g. "https://atlas.example.org" or ".../atlas" with a
 * base path) in a Markdown, MDX or HTML text, with its line. Links inside code (fenced blocks, `<pre>`, inline code
 * spans) are examples, not citations, and are skipped.
 */
export function findSiteLinks(text: string, site: string): { line: number; url: string }[] {
  const origin = site.replace(/\/$/, '');
  const links: { line: number; url: string }[] = [];
  // The origin ends there: "https://atlas.example.org.evil.test/" or ":8080" is another site.
  const pattern = new RegExp(`${escapeRegExp(origin)}(?:/[^\\s)"'<>\\]\`]*)?(?![\\w.:-])`, 'g');
  let fence: string | undefined;
  let pre = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    let line = raw;
    if (pre || /<pre[\s>]/i.test(line)) {
      const close = line.search(/<\/pre>/i);
      pre = close < 0;
      line = close < 0 ? '' : line.slice(close);
    }
    line = line.replace(/(`+)[^`]*?\1/g, '').replace(/<code[\s>][\s\S]*?<\/code>/gi, '');
    for (const match of line.matchAll(pattern)) {
      // Trailing punctuation of the sentence is not part of the link.
      const url = match[0].replace(/[.,;:!?]+$/, '');
      links.push({ line: index + 1, url: url.replace(/&amp;/g, '&') });
    }
  });
  return links;
}

/** Checks one link against the citation index: its page, its anchor, the version it cites. */
export function checkLink(index: CitationIndex, site: string, url: string): { state: LinkState; detail: string } {
  const origin = site.replace(/\/$/, '');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { state: 'broken', detail: 'not a valid URL' };
  }
  let pagePath = decodeURI(parsed.pathname.slice(new URL(origin).pathname.replace(/\/$/, '').length)) || '/';
  if (!pagePath.endsWith('/') && !/\.[a-z]+$/i.test(pagePath)) pagePath += '/';
  const id = parsed.hash ? decodeURIComponent(parsed.hash.slice(1)) : undefined;
  const version = parsed.searchParams.get('v') ?? undefined;
  if (!index.pages[pagePath]) {
    return /\.[a-z]+$/i.test(pagePath) ? { state: 'unversioned', detail: 'a file of the site, not a page' } : { state: 'broken', detail: `no page ${pagePath}` };
  }
  return explain(resolveCitation(index, pagePath, id, version), index);
}

function explain(status: CitationStatus, index: CitationIndex): { state: LinkState; detail: string } {
  const anchor = status.id ? index.pages[status.page]?.anchors[status.id] : undefined;
  const citedOn = (v: string) => anchor?.history.find(([x]) => x === v)?.[1] ?? '?';
  switch (status.status) {
    case 'ok':
      return { state: 'ok', detail: 'cites the current text' };
    case 'stale':
      return {
        state: 'stale',
        detail: `changed on ${status.changed} (cited text of ${citedOn(status.cited)}${status.changes > 1 ? `; ${status.changes} changes, last on ${status.last}` : ''}); current version ${status.current}`,
      };
    case 'moved': {
      const to = `${status.to.page}${status.to.id ? `#${status.to.id}` : ''}`;
      const changed = status.changed ? `, and the text changed on ${status.changed}` : '';
      return { state: 'moved', detail: `now at ${to}${changed}` };
    }
    case 'unknown-version':
      return { state: 'broken', detail: `version ${status.cited} was never published for #${status.id}; current version ${status.current ?? 'none'}` };
    case 'unversioned':
      return { state: 'unversioned', detail: status.id ? `no ?v= (current version ${anchor?.current ?? '?'})` : 'a page, not a section' };
    case 'broken':
      return { state: 'broken', detail: status.reason };
  }
}

/** Every site link in one file, checked. */
export function checkText(file: string, text: string, index: CitationIndex, site: string): LinkReport[] {
  return findSiteLinks(text, site).map(({ line, url }) => ({ file, line, url, ...checkLink(index, site, url) }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
