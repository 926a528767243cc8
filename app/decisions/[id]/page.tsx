import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { worksheetComponents } from '@/components/decisions/decision-worksheet';
import { EntryPage } from '@/components/docs/entry-page';
import { entryByPath, siteData } from '@/lib/content/site';
import { isWorksheetPage } from '@/lib/decisions/worksheets';
import { entryMetadata } from '@/lib/entry-metadata';

interface Params {
  id: string;
}

export const dynamicParams = false;

/**
 * The decision pages (/decisions/<id>/), the pages that may place a worksheet. A route of their own, not
 * [...slug]: a route's client components load on all its pages, and the worksheets' belong only here.
 */
export function generateStaticParams(): Params[] {
  return siteData()
    .entries.filter((e) => isWorksheetPage(e.path))
    .map((e) => ({ id: e.id }));
}

function entryOf(id: string) {
  const entry = entryByPath(`/decisions/${id}/`);
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return entryMetadata(entryOf((await params).id));
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const entry = entryOf((await params).id);
  return <EntryPage entry={entry} extra={worksheetComponents(entry)} />;
}
