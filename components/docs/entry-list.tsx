import { SiteLink } from '@/components/shared/site-link';

/** Entries as a list of links, each with its one-sentence summary. */
export function EntryList({ entries }: { entries: { id: string; path: string; title: string; summary?: string }[] }) {
  return (
    <ul className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id}>
          <SiteLink href={entry.path} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
            {entry.title}
          </SiteLink>
          <p className="text-sm text-slate-600 dark:text-slate-400">{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}
