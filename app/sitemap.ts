import type { MetadataRoute } from 'next';
import { landingPages, siteData } from '@/lib/content/site';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [...siteData().entries.map((e) => e.path), ...landingPages().map((l) => l.path), '/search/'].map((p) => ({ url: absoluteUrl(p) }));
}
