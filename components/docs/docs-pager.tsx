import { SiteLink as Link } from '@/components/shared/site-link';
import type { Entry } from '@/lib/content/types';

/** Previous and next entries in reading order (the sidebar's order). */
export function DocsPager({ previous, next }: { previous?: Entry; next?: Entry }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next" className="no-print mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {previous ? (
        <Link href={previous.path} rel="prev" className={CARD}>
          <span className="block text-xs text-slate-600 dark:text-slate-400">Previous</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.path} rel="next" className={`${CARD} sm:text-right`}>
          <span className="block text-xs text-slate-600 dark:text-slate-400">Next</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}

const CARD =
  'block rounded-lg border border-slate-200 p-4 hover:border-accent-600 dark:border-slate-800 dark:hover:border-accent-300';
