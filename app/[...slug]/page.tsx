import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AliasRedirect } from '@/components/docs/alias-redirect';
import { EntryPage } from '@/components/docs/entry-page';
import { KindLandingPage } from '@/components/docs/kind-landing-page';
import { aliasRedirects, entryByPath, landingByPath, landingPages, siteData } from '@/lib/content/site';
import { isWorksheetPage } from '@/lib/decisions/worksheets';
import { entryMetadata, landingMetadata } from '@/lib/entry-metadata';

interface Params {
  slug: string[];
}

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // The decision pages have their own route (app/decisions/[id]), which carries the worksheets.
  const pages = siteData()
    .entries.filter((e) => e.path !== '/' && !isWorksheetPage(e.path))
    .map((e) => e.path);
  const landings = landingPages().map((l) => l.path);
  const aliases = aliasRedirects().map((a) => a.from);
  return [...pages, ...landings, ...aliases].map((p) => ({ slug: p.split('/').filter(Boolean) }));
}

function resolve(slug: string[]) {
  const urlPath = `/${slug.join('/')}/`;
  const entry = entryByPath(urlPath);
  if (entry) return { entry };
  const landing = landingByPath(urlPath);
  if (landing) return { landing };
  const alias = aliasRedirects().find((a) => a.from === urlPath);
  if (alias) return { redirectTo: alias.to };
  notFound();
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const resolved = resolve((await params).slug);
  if (resolved.entry) return entryMetadata(resolved.entry);
  if (resolved.landing) return landingMetadata(resolved.landing);
  return { ...entryMetadata(resolved.redirectTo), robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const resolved = resolve((await params).slug);
  if (resolved.entry) return <EntryPage entry={resolved.entry} />;
  if (resolved.landing) return <KindLandingPage landing={resolved.landing} />;
  return <AliasRedirect to={resolved.redirectTo} />;
}
