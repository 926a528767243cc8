import type { Metadata } from 'next';
import type { Entry } from './content/types';
import { absoluteUrl, SITE_NAME } from './site-config';

/** Title, description, canonical URL and link-preview metadata of an entry's page. */
export function entryMetadata(entry: Entry): Metadata {
  const url = absoluteUrl(entry.path);
  const title = entry.path === '/' ? { absolute: SITE_NAME } : entry.title;
  const fullTitle = entry.path === '/' ? SITE_NAME : `${entry.title} · ${SITE_NAME}`;
  return {
    title,
    description: entry.summary,
    keywords: entry.tags,
    alternates: { canonical: url },
    openGraph: { title: fullTitle, description: entry.summary, url, type: entry.path === '/' ? 'website' : 'article', siteName: SITE_NAME },
    twitter: { card: 'summary', title: fullTitle, description: entry.summary },
  };
}
