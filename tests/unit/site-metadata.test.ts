import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, contentPages, ROOT } from '../helpers/built-site';

const attr = (page: ReturnType<typeof builtPages>[number], selector: string, name = 'content') =>
  page.doc.querySelector(selector)?.getAttribute(name);

describe('link previews and crawlers', () => {
  const pages = contentPages(builtPages('out'));

  it('every page has its own title, description, canonical URL and Open Graph/Twitter tags', () => {
    const titles = new Set<string>();
    for (const page of pages) {
      const title = page.doc.querySelector('title')?.text ?? '';
      const h1 = page.doc.querySelector('h1')?.text ?? '';
      expect(title, page.urlPath).toContain(h1);
      titles.add(title);
      const description = attr(page, 'meta[name="description"]');
      expect(description, page.urlPath).toMatch(/^.{20,160}$/);
      expect(attr(page, 'link[rel="canonical"]', 'href'), page.urlPath).toBe(`http://localhost:3000${page.urlPath}`);
      expect(attr(page, 'meta[property="og:url"]'), page.urlPath).toBe(`http://localhost:3000${page.urlPath}`);
      expect(attr(page, 'meta[property="og:title"]'), page.urlPath).toContain(h1);
      expect(attr(page, 'meta[property="og:description"]'), page.urlPath).toBe(description);
      expect(attr(page, 'meta[name="twitter:card"]'), page.urlPath).toBe('summary_large_image');
      expect(attr(page, 'meta[name="twitter:description"]'), page.urlPath).toBe(description);
    }
    expect(titles.size).toBe(pages.length);
  });

  it('SITE_URL and BASE_PATH shape the absolute URLs of the base-path build', () => {
    const page = builtPages('out-base').find((p) => p.urlPath === '/pitfalls/label-leakage/')!;
    expect(attr(page, 'link[rel="canonical"]', 'href')).toBe('https://docs.example.com/atlas/pitfalls/label-leakage/');
  });

  it('sitemap.xml lists every page; robots.txt points to it', () => {
    const sitemap = readFileSync(path.join(ROOT, 'out/sitemap.xml'), 'utf8');
    for (const page of pages) expect(sitemap).toContain(`<loc>http://localhost:3000${page.urlPath}</loc>`);
    expect(sitemap).not.toContain('/search-ranking/');
    const robots = readFileSync(path.join(ROOT, 'out/robots.txt'), 'utf8');
    expect(robots).toMatch(/Sitemap: http:\/\/localhost:3000\/sitemap.xml/);
  });

  it('redirect pages for earlier ids are not indexed and point to the current page', () => {
    const redirect = builtPages('out').find((p) => p.urlPath === '/systems/search-ranking/')!;
    expect(attr(redirect, 'meta[http-equiv="refresh"]')).toBe('0; url=/systems/search-and-ranking/');
    expect(attr(redirect, 'meta[name="robots"]')).toMatch(/noindex/);
  });
});
