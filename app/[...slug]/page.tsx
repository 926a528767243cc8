import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AliasRedirect } from '@/components/docs/alias-redirect';
import { EntryPage } from '@/components/docs/entry-page';
import { aliasRedirects, entryByPath, siteData } from '@/lib/content/site';
import { entryMetadata } from '@/lib/entry-metadata';

interface Params {
  slug: string[];
}

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const pages = siteData().entries.filter((e) => e.path !== '/').map((e) => e.path);
  const aliases = aliasRedirects().map((a) => a.from);
  return [...pages, ...aliases].map((p) => ({ slug: p.split('/').filter(Boolean) }));
}

function resolve(slug: string[]) {
  const urlPath = `/${slug.join('/')}/`;
  const entry = entryByPath(urlPath);
  if (entry) return { entry };
  const alias = aliasRedirects().find((a) => a.from === urlPath);
  if (alias) return { redirectTo: alias.to };
  notFound();
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const resolved = resolve((await params).slug);
  if (resolved.entry) return entryMetadata(resolved.entry);
  return { ...entryMetadata(resolved.redirectTo), robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const resolved = resolve((await params).slug);
  if (resolved.entry) return <EntryPage entry={resolved.entry} />;
  return <AliasRedirect to={resolved.redirectTo} />;
}
