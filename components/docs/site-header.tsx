import { SiteLink as Link } from '@/components/shared/site-link';
import { SITE_NAME } from '@/lib/site-config';
import { SearchTrigger } from '@/components/search/search-trigger';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="site-header sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-3 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900 dark:text-white">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-accent-600 dark:text-accent-300" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="3" y="3" width="18" height="5" rx="1" />
            <rect x="3" y="10" width="18" height="5" rx="1" />
            <rect x="3" y="17" width="18" height="4" rx="1" />
          </svg>
          <span>{SITE_NAME}</span>
        </Link>
        <div className="ml-auto flex items-center gap-1">
          <SearchTrigger />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
