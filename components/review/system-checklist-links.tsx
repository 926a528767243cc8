import { SiteLink as Link } from '@/components/shared/site-link';
import type { Entry } from '@/lib/content/types';

/** Links to every system's static checklist page, with its item count. */
export function SystemChecklistLinks({ systems, counts }: { systems: Pick<Entry, 'id' | 'title' | 'summary'>[]; counts: ReadonlyMap<string, number> }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {systems.map((system) => (
        <li key={system.id}>
          <Link href={`/review/${system.id}/`} className="block rounded-md border border-slate-200 p-3 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
            <span className="font-medium text-accent-700 dark:text-accent-300">{system.title} checklist</span>
            <span className="block text-sm text-slate-600 dark:text-slate-400">{counts.get(system.id) ?? 0} items, every serving mode and level</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
