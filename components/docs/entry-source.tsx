import { formatDate } from '@/lib/content/dates';

/** The source document's title, which the section paths of `seed` start from. */
const DOCUMENT = 'ML System Design Insights';

/** Where in the source document the entry comes from, when it was last reviewed, its tags and, when the build knows the repository, a link to edit it. */
export function EntrySource({ seed, tags, reviewed, editUrl }: { seed: string[]; tags: string[]; reviewed: string; editUrl?: string }) {
  const sections = seed.map((s) => s.split(' > ').filter((part, i) => i > 0 || part !== DOCUMENT)).filter((parts) => parts.length > 0);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
      <p>
        <span className="font-medium">Source: </span>
        <cite>{DOCUMENT}</cite>
        {sections.map((parts, i) => (
          <span key={parts.join('>')}>
            {i === 0 ? ', ' : '; '}
            {parts.join(' › ')}
          </span>
        ))}
      </p>
      <p>
        Reviewed <time dateTime={reviewed}>{formatDate(reviewed)}</time>
      </p>
      {editUrl && (
        <p className="no-print">
          <a href={editUrl} className="underline underline-offset-2 hover:text-accent-700 dark:hover:text-accent-300">
            Edit this page
          </a>
        </p>
      )}
      {tags.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
