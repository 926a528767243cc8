import { Fragment } from 'react';
import { SiteLink as Link } from '@/components/shared/site-link';
import { formatDate } from '@/lib/content/dates';
import type { ChangelogDay } from '@/lib/content/site';
import { changelogAnchor } from '@/lib/content/urls';
import { changeDiffPath, type SectionChangeDay } from '@/lib/citations/changes';
import { withBasePath } from '@/lib/site-config';

const LINKS = '[&_a]:text-accent-700 [&_a]:underline-offset-2 [&_a:hover]:underline dark:[&_a]:text-accent-300';

/**
 * The content changes, one section per day (its anchor is the date): the hand-written changes (content/changelog.yaml),
 * each with links to the pages it touched, then the sections and review items whose text changed that day (from the
 * version history), each linked to its diff.
 */
export function ChangelogList({ days: written, sectionDays = [] }: { days: ChangelogDay[]; sectionDays?: SectionChangeDay[] }) {
  const sections = new Map(sectionDays.map((d) => [d.date, d.pages]));
  const dates = [...new Set([...written.map((d) => d.date), ...sectionDays.map((d) => d.date)])].sort().reverse();
  const days = dates.map((date) => ({ date, changes: written.find((d) => d.date === date)?.changes ?? [], sections: sections.get(date) ?? [] }));
  // Links take their look from here, once: on a page of several hundred links a class per link was a fifth of the HTML.
  return (
    <div className={`mt-8 space-y-10 ${LINKS}`}>
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
                    <Fragment key={entry.id}>
                      {i > 0 && ', '}
                      <Link href={entry.path}>{entry.title}</Link>
                    </Fragment>
                  ))}
                </p>
              </li>
            ))}
          </ul>
          {day.sections.length > 0 && <SectionChanges date={day.date} pages={day.sections} />}
        </section>
      ))}
    </div>
  );
}

/** The sections whose text changed on one day, per page; each links to the page opened as a citation of the text before. */
function SectionChanges({ date, pages }: { date: string; pages: SectionChangeDay['pages'] }) {
  const count = pages.reduce((n, p) => n + p.changes.length, 0);
  return (
    <details className="mt-4 max-w-3xl text-sm">
      <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
        {count} {count === 1 ? 'section or review item' : 'sections and review items'} changed on {formatDate(date)}
      </summary>
      <ul className="mt-2 space-y-2">
        {pages.map((page) => (
          <li key={page.path}>
            <span className="font-medium">{page.title}: </span>
            {page.changes.map((change, i) => (
              <Fragment key={`${change.id}-${change.before}`}>
                {i > 0 && ', '}
                {/* A full page load (not client navigation): the citation notice runs on load and shows the diff. */}
                <a href={withBasePath(changeDiffPath(page.path, change))}>{change.label}</a>
                {change.retired && ' (merged or removed)'}
              </Fragment>
            ))}
          </li>
        ))}
      </ul>
    </details>
  );
}
