import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every page path of the export, from its sitemap.xml ("/", "/pitfalls/cold-start/", …). */
export function sitePaths(): string[] {
  const xml = readFileSync(path.join(ROOT, 'out/sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
}

export interface SiteEntry {
  path: string;
  title: string;
  summary: string;
  headings: { id: string; text: string; depth: number }[];
  diagrams: { hash: string; title: string; description: string; source: string }[];
}

/** The compiled content the build used: titles, summaries and headings of every entry. */
export function siteEntries(): SiteEntry[] {
  return (JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as { entries: SiteEntry[] }).entries;
}

/** The current version of a section or review item in the export's /citations.json: what copied links cite (?v=…). */
export function currentVersion(pagePath: string, id: string, out = 'out'): string {
  const index = JSON.parse(readFileSync(path.join(ROOT, out, 'citations.json'), 'utf8')) as { pages: Record<string, { anchors: Record<string, { current?: string }> }> };
  const version = index.pages[pagePath]?.anchors[id]?.current;
  if (!version) throw new Error(`${out}/citations.json has no current version of ${pagePath}#${id}`);
  return version;
}
