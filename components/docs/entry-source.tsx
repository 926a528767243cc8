/** Where in the source document the entry comes from, and its tags. */
export function EntrySource({ seed, tags }: { seed: string[]; tags: string[] }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
      <p>
        <span className="font-medium">Source: </span>
        {seed.map((s, i) => (
          <span key={s}>
            {i > 0 && '; '}
            {s.split(' > ').join(' › ')}
          </span>
        ))}
      </p>
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
