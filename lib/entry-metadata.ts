import type { Metadata } from 'next';
import type { KindLanding } from './content/landings';
import type { Entry } from './content/types';
import { absoluteUrl, SITE_NAME } from './site-config';

/** An entry's page metadata, from its frontmatter. */
export function entryMetadata(entry: Entry): Metadata {
  return pageMetadata({ path: entry.path, title: entry.title, description: entry.summary, keywords: entry.tags });
}

/** The same for a section's landing page (/systems/ …). */
export function landingMetadata(landing: KindLanding): Metadata {
  return pageMetadata({ path: landing.path, title: landing.title, description: landing.summary, type: 'website' });
}

/** Title, description, canonical URL and link-preview metadata of any page of the site. */
export function pageMetadata({ path, title, description, keywords, type }: { path: string; title: string; description: string; keywords?: string[]; type?: 'website' | 'article' }): Metadata {
  const url = absoluteUrl(path);
  const home = path === '/';
  const fullTitle = home ? SITE_NAME : `${title} · ${SITE_NAME}`;
  return {
    title: home ? { absolute: SITE_NAME } : title,
    description,
    keywords,
    alternates: { canonical: url },
    openGraph: { title: fullTitle, description, url, type: type ?? (home ? 'website' : 'article'), siteName: SITE_NAME },
    twitter: { card: 'summary', title: fullTitle, description },
  };
}
