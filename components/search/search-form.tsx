import { withBasePath } from '@/lib/site-config';

/** A plain GET form to the search page: works with JavaScript off and from the 404 page. */
export function SearchForm({ id, defaultValue, autoFocus }: { id: string; defaultValue?: string; autoFocus?: boolean }) {
  return (
    <form action={withBasePath('/search/')} role="search" className="flex max-w-xl gap-2">
      <label htmlFor={id} className="sr-only">
        Search the atlas
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        placeholder="Search patterns and pitfalls, e.g. leakage"
        className="h-10 flex-1 rounded-md border border-slate-300 bg-white px-3 text-base dark:border-slate-700 dark:bg-slate-900"
      />
      <button type="submit" className="h-10 rounded-md bg-accent-700 px-4 font-medium text-white hover:bg-accent-800">
        Search
      </button>
    </form>
  );
}
