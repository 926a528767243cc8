import { SiteLink as Link } from '@/components/shared/site-link';
import { formatDate } from '@/lib/content/dates';
import type { ChangelogDay } from '@/lib/content/site';
import { changelogAnchor } from '@/lib/content/urls';

/** The content changes, one section per day (its anchor is the date), each change with links to the pages it touched. */
export function ChangelogList({ days }: { days: ChangelogDay[] }) {
  return (
    <div className="mt-8 space-y-10">
      {days.map((day) => (
        <section key={day.date} aria-labelledby={changelogAnchor(day.date)}>
          <h2 id={changelogAnchor(day.date)} className="text-xl font-semibold">
            <time dateTime={day.date}>{formatDate(day.date)}</time>
          </h2>
          <ul className="mt-4 space-y-4">
            {day.changes.map((change) => (
              <li key={change.summary} className="max-w-3xl">
                <p className="text-slate-800 dark:text-slate-200">{change.summary}</p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  <span className="font-medium">{change.entries.length === 1 ? 'Page: ' : 'Pages: '}</span>
                  {change.entries.map((entry, i) => (
                    <span key={entry.id}>
                      {i > 0 && ', '}
                      <Link href={entry.path} className="text-accent-700 underline-offset-2 hover:underline dark:text-accent-300">
                        {entry.title}
                      </Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
