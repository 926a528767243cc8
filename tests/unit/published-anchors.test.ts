import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_ANCHORS_FILE, readPublishedAnchors } from '@/lib/content/published-anchors';
import { builtPages, contentPages, ROOT, type BuiltPage } from '../helpers/built-site';

/** Follows a redirect page (an earlier id) to the page it sends readers to. */
function landing(page: BuiltPage | undefined, byPath: Map<string, BuiltPage>): BuiltPage | undefined {
  const refresh = page?.doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  if (!refresh) return page;
  return byPath.get(/url=(.*)$/.exec(refresh)?.[1] ?? '');
}

describe('published links never silently break', () => {
  const record = readPublishedAnchors(path.join(ROOT, PUBLISHED_ANCHORS_FILE));
  const pages = builtPages('out');
  const byPath = new Map(pages.map((p) => [p.urlPath, p]));

  it('the record lists every page', () => {
    expect(Object.keys(record).length).toBeGreaterThanOrEqual(29);
  });

  it('every recorded page and anchor still lands on its page and section (directly or through an alias)', () => {
    const lost: string[] = [];
    for (const [pagePath, anchors] of Object.entries(record)) {
      const page = landing(byPath.get(pagePath), byPath);
      if (!page) {
        lost.push(`${pagePath}: the page is gone; add its id to the new page's "aliases"`);
        continue;
      }
      const ids = new Set(page.doc.querySelectorAll('main [id]').map((e) => e.id));
      for (const anchor of anchors) {
        if (!ids.has(anchor)) lost.push(`${pagePath}#${anchor}: gone; add { from: "#${anchor}", to: "#new-id" } to the page's "aliases"`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('every current heading id is recorded (run "npm run anchors:record" after adding sections)', () => {
    const unrecorded: string[] = [];
    for (const page of contentPages(pages)) {
      const recorded = record[page.urlPath];
      if (!recorded) {
        unrecorded.push(`${page.urlPath} (new page)`);
        continue;
      }
      for (const heading of page.doc.querySelectorAll('main h2[id], main h3[id]')) {
        if (heading.closest('.section-heading') && !recorded.includes(heading.id)) unrecorded.push(`${page.urlPath}#${heading.id}`);
      }
    }
    expect(unrecorded).toEqual([]);
  });
});
