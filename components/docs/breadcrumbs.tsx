import { SiteLink } from '@/components/shared/site-link';

export interface Crumb {
  label: string;
  href?: string;
}

/** Where the page sits: each level links to its page; the last item is this page, the only one marked current. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={`${item.label}-${index}`} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden="true">›</span>}
              {current ? (
                <span aria-current="page" className="text-slate-900 dark:text-slate-100">
                  {item.label}
                </span>
              ) : item.href ? (
                <SiteLink href={item.href} className="underline-offset-2 hover:text-slate-900 hover:underline dark:hover:text-white">
                  {item.label}
                </SiteLink>
              ) : (
                <span>{item.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
