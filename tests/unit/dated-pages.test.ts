import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationIndex } from '@/lib/citations/citation-index';
import { sectionChangeDays } from '@/lib/citations/changes';
import { formatDate } from '@/lib/content/dates';
import { SITE_DATA_FILE } from '@/lib/content/paths';
import type { SiteData } from '@/lib/content/types';
import { editUrlOf } from '@/lib/site-config';
import { builtPages, ROOT, visibleText } from '../helpers/built-site';

const site = JSON.parse(readFileSync(path.join(ROOT, SITE_DATA_FILE), 'utf8')) as SiteData;

describe('every page is dated (frontmatter "reviewed")', () => {
  const pages = new Map(builtPages('out').map((p) => [p.urlPath, p]));

  it('each entry page shows its reviewed date as <time datetime> in its header', () => {
    expect(site.entries.length).toBeGreaterThanOrEqual(29);
    for (const entry of site.entries) {
      const page = pages.get(entry.path)!;
      const time = page.doc.querySelector('main header time') ?? page.doc.querySelector('main time');
      expect(time?.getAttribute('datetime'), entry.path).toBe(entry.reviewed);
      expect(visibleText(time?.parentNode), entry.path).toBe(`Reviewed ${formatDate(entry.reviewed)}`);
    }
    expect(formatDate('2026-11-29')).toBe('29 November 2026');
  });

  it('the sitemap gives each entry its reviewed date as lastmod, and the changelog its newest change', () => {
    const sitemap = readFileSync(path.join(ROOT, 'out/sitemap.xml'), 'utf8');
    const lastmod = new Map([...sitemap.matchAll(/<loc>http:\/\/localhost:3000([^<]*)<\/loc>\s*(?:<lastmod>([^<]*)<\/lastmod>)?/g)].map((m) => [m[1], m[2]]));
    for (const entry of site.entries) expect(lastmod.get(entry.path), entry.path).toBe(entry.reviewed);
    expect(site.changelog.length).toBeGreaterThan(0);
    expect(lastmod.get('/changelog/')).toBe(site.changelog[0].date);
  });

  it('the changelog page lists every change under its day, newest first, linking each page it names', () => {
    const page = pages.get('/changelog/')!;
    const days = page.doc.querySelectorAll('main h2 time').map((t) => t.getAttribute('datetime'));
    // The written changes' days and the days sections changed (from the version history in /citations.json).
    const sectionDays = sectionChangeDays(JSON.parse(readFileSync(path.join(ROOT, 'out/citations.json'), 'utf8')) as CitationIndex).map((d) => d.date);
    expect(days).toEqual([...new Set([...site.changelog.map((c) => c.date), ...sectionDays])].sort().reverse());
    const items = page.doc.querySelectorAll('main section > ul > li');
    expect(items.map((li) => visibleText(li.querySelector('p')))).toEqual(site.changelog.map((c) => c.summary));
    site.changelog.forEach((change, i) => {
      const hrefs = items[i].querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(change.entries.map((id) => site.entries.find((e) => e.id === id)!.path));
    });
  });
});

describe('"Edit this page" (REPO_URL or EDIT_URL at build time)', () => {
  it('builds the URL from the pattern, or none without one', () => {
    expect(editUrlOf('content/pitfalls/data-drift.mdx', 'https://github.com/org/atlas/blob/main/{file}')).toBe('https://github.com/org/atlas/blob/main/content/pitfalls/data-drift.mdx');
    expect(editUrlOf('content/a b.mdx', 'https://git.example.com/atlas/-/edit/main/{file}')).toBe('https://git.example.com/atlas/-/edit/main/content/a%20b.mdx');
    expect(editUrlOf('content/index.mdx', '')).toBeUndefined();
  });

  const editLinks = (dir: string) =>
    builtPages(dir).flatMap((p) => p.doc.querySelectorAll('main a').filter((a) => a.text.trim() === 'Edit this page').map((a) => ({ page: p.urlPath, href: a.getAttribute('href') })));

  it('without REPO_URL (out/) no page shows one', () => {
    expect(editLinks('out')).toEqual([]);
  });

  it('with REPO_URL (out-base/, built by npm test) each entry page links its own source file on main, and only entry pages do', () => {
    const expected = site.entries.map((e) => ({ page: e.path, href: `https://github.com/example/atlas/blob/main/${e.file}` }));
    const sort = (links: { page: string; href?: string }[]) => [...links].sort((a, b) => a.page.localeCompare(b.page));
    expect(sort(editLinks('out-base'))).toEqual(sort(expected));
  });
});
