import type { MetadataRoute } from 'next';
import { landingPages, siteData, systemEntries } from '@/lib/content/site';
import { absoluteUrl } from '@/lib/site-config';
import { SYMPTOMS_PATH } from '@/lib/symptoms/model';

export const dynamic = 'force-static';

/** Every page, with `lastModified` where the content says when it last changed: an entry's `reviewed` date, the changelog's newest day. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { entries, changelog } = siteData();
  const review = ['/review/', ...systemEntries().map((s) => `/review/${s.id}/`), '/assessment/'];
  return [
    ...entries.map((e) => ({ url: absoluteUrl(e.path), lastModified: e.reviewed })),
    { url: absoluteUrl('/changelog/'), ...(changelog[0] ? { lastModified: changelog[0].date } : {}) },
    ...[...landingPages().map((l) => l.path), '/search/', ...review, SYMPTOMS_PATH].map((p) => ({ url: absoluteUrl(p) })),
  ];
}
