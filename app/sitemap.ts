import type { MetadataRoute } from 'next';
import { landingPages, siteData, systemEntries } from '@/lib/content/site';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const review = ['/review/', ...systemEntries().map((s) => `/review/${s.id}/`)];
  return [...siteData().entries.map((e) => e.path), ...landingPages().map((l) => l.path), '/search/', ...review].map((p) => ({ url: absoluteUrl(p) }));
}
