import { SiteLink as Link } from '@/components/shared/site-link';
import type { RelatedLink } from '@/lib/content/site';
import { KIND_LABEL } from '@/lib/content/kinds';

/** "Related" (this page's own `related`) and "Referenced by" (pages whose `related` names this one). */
export function RelatedEntries({ related, backlinks }: { related: RelatedLink[]; backlinks: RelatedLink[] }) {
  return (
    <div className="mt-12 grid gap-8 md:grid-cols-2">
      <LinkList id="related" title="Related" links={related} />
      <LinkList id="referenced-by" title="Referenced by" links={backlinks} />
    </div>
  );
}

function LinkList({ id, title, links }: { id: string; title: string; links: RelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-base font-semibold">
        {title}
      </h2>
      <ul className="space-y-2">
        {links.map(({ entry, label }) => (
          <li key={entry.id}>
            <Link href={entry.path} className="group block rounded-md p-2 -m-2 hover:bg-slate-50 dark:hover:bg-slate-900">
              <span className="font-medium text-accent-700 group-hover:underline dark:text-accent-300">{entry.title}</span>
              <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                {label ? `${label} · ` : ''}
                {KIND_LABEL[entry.kind]}
              </span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">{entry.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
