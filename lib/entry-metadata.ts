import type { Metadata } from 'next';
import type { KindLanding } from './content/landings';
import type { Entry } from './content/types';
import { absoluteUrl, SITE_NAME } from './site-config';

/** Title, description, canonical URL and link-preview metadata of an entry's page. */
export function entryMetadata(entry: Entry): Metadata {
  return { ...pageMetadata(entry.path, entry.title, entry.summary, entry.path === '/' ? 'website' : 'article'), keywords: entry.tags };
}

/** The same for a section's landing page (/systems/ …). */
export function landingMetadata(landing: KindLanding): Metadata {
  return pageMetadata(landing.path, landing.title, landing.summary, 'website');
}

function pageMetadata(sitePath: string, pageTitle: string, description: string, type: 'website' | 'article'): Metadata {
  const url = absoluteUrl(sitePath);
  const title = sitePath === '/' ? { absolute: SITE_NAME } : pageTitle;
  const fullTitle = sitePath === '/' ? SITE_NAME : `${pageTitle} · ${SITE_NAME}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title: fullTitle, description, url, type, siteName: SITE_NAME },
    twitter: { card: 'summary', title: fullTitle, description },
  };
}
