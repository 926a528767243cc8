import type { MetadataRoute } from 'next';
import { siteData } from '@/lib/content/site';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [...siteData().entries.map((e) => e.path), '/search/'].map((p) => ({ url: absoluteUrl(p) }));
}
