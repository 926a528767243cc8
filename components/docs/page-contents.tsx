/**
 * "On this page" where the side table of contents does not fit (phones, tablets): a native <details>, closed
 * at first so the text comes first, that opens without JavaScript.
 */
export function PageContents({ headings }: { headings: { id: string; text: string; depth: number }[] }) {
  if (headings.length < 2) return null;
  return (
    <details className="page-contents no-print mb-8 rounded-lg border border-slate-200 xl:hidden dark:border-slate-800" data-page-contents="">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">On this page</summary>
      <nav aria-label="On this page (sections)" className="border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
        <ul className="space-y-1">
          {headings.map((h) => (
            <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
              <a href={`#${h.id}`} className="block py-1 text-slate-700 hover:text-slate-900 hover:underline dark:text-slate-300 dark:hover:text-white">
                {h.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
