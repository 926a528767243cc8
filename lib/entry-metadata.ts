import type { Metadata } from 'next';
import type { KindLanding } from './content/landings';
import { LANDING_KIND, type PageFacts } from './content/tool-pages';
import type { Entry } from './content/types';
import { entryCardKind, OG_HEIGHT, OG_WIDTH, ogImagePath } from './export/og-pages';
import { markdownPathOf } from './export/markdown-paths';
import { absoluteUrl, SITE_NAME } from './site-config';

/** An entry's page metadata, from its frontmatter. */
export function entryMetadata(entry: Entry): Metadata {
  return pageMetadata({ path: entry.path, title: entry.title, description: entry.summary, keywords: entry.tags, kind: entryCardKind(entry), markdown: true });
}

/** The same for a section's landing page (/systems/ …). */
export function landingMetadata(landing: KindLanding): Metadata {
  return pageMetadata({ path: landing.path, title: landing.title, description: landing.summary, type: 'website', kind: LANDING_KIND, markdown: true });
}

/** The same for the pages that are not entries (/review/, /search/ …). */
export function toolPageMetadata(page: PageFacts, { markdown = false } = {}): Metadata {
  return pageMetadata({ path: page.path, title: page.title, description: page.summary, type: 'website', kind: page.kind, markdown });
}

/** A page's link-preview image (written by the prebuild step, lib/export/og-store.ts), as Open Graph and Twitter list it. */
export function previewImage(path: string, title: string, kind: string) {
  // The card's text in reading order; the home page's title is the site's name, said once.
  const alt = title === SITE_NAME ? `${SITE_NAME} · ${kind}` : `${SITE_NAME} · ${kind} · ${title}`;
  return { url: absoluteUrl(ogImagePath(path)), width: OG_WIDTH, height: OG_HEIGHT, alt, type: 'image/png' };
}

/**
 * Title, description, canonical URL and link-preview metadata of any page of the site; `markdown` for pages with a
 * Markdown twin (scripts/export-markdown.ts), linked as `<link rel="alternate" type="text/markdown">`.
 */
export function pageMetadata({
  path,
  title,
  description,
  keywords,
  type,
  kind,
  markdown,
}: {
  path: string;
  title: string;
  description: string;
  keywords?: string[];
  type?: 'website' | 'article';
  kind: string;
  markdown?: boolean;
}): Metadata {
  const url = absoluteUrl(path);
  const image = previewImage(path, title, kind);
  const home = path === '/';
  const fullTitle = home ? SITE_NAME : `${title} · ${SITE_NAME}`;
  return {
    title: home ? { absolute: SITE_NAME } : title,
    description,
    keywords,
    alternates: { canonical: url, ...(markdown ? { types: { 'text/markdown': absoluteUrl(markdownPathOf(path)) } } : {}) },
    openGraph: { title: fullTitle, description, url, type: type ?? (home ? 'website' : 'article'), siteName: SITE_NAME, images: [image] },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [{ url: image.url, alt: image.alt }] },
  };
}
