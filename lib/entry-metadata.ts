import type { Metadata } from 'next';
import type { KindLanding } from './content/landings';
import type { Entry } from './content/types';
import { markdownPathOf } from './export/markdown-paths';
import { absoluteUrl, SITE_NAME } from './site-config';

/** An entry's page metadata, from its frontmatter. */
export function entryMetadata(entry: Entry): Metadata {
  return pageMetadata({ path: entry.path, title: entry.title, description: entry.summary, keywords: entry.tags, markdown: true });
}

/** The same for a section's landing page (/systems/ …). */
export function landingMetadata(landing: KindLanding): Metadata {
  return pageMetadata({ path: landing.path, title: landing.title, description: landing.summary, type: 'website', markdown: true });
}

/**
 * Title, description, canonical URL and link-preview metadata of any page of the site; `markdown` for pages with a
 * Markdown twin (scripts/export-markdown.ts), linked as `<link rel="alternate" type="text/markdown">`.
 */
export function pageMetadata({ path, title, description, keywords, type, markdown }: { path: string; title: string; description: string; keywords?: string[]; type?: 'website' | 'article'; markdown?: boolean }): Metadata {
  const url = absoluteUrl(path);
  const home = path === '/';
  const fullTitle = home ? SITE_NAME : `${title} · ${SITE_NAME}`;
  return {
    title: home ? { absolute: SITE_NAME } : title,
    description,
    keywords,
    alternates: { canonical: url, ...(markdown ? { types: { 'text/markdown': absoluteUrl(markdownPathOf(path)) } } : {}) },
    openGraph: { title: fullTitle, description, url, type: type ?? (home ? 'website' : 'article'), siteName: SITE_NAME },
    twitter: { card: 'summary', title: fullTitle, description },
  };
}
