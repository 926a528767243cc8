import { SiteLink as Link } from '@/components/shared/site-link';

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap gap-x-6 gap-y-2 px-4">
        <p>Derived from “ML System Design Insights”, which describes itself as a synthesis of 300+ production ML case studies.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/reference/" className="underline underline-offset-2">Quick reference</Link>
          <Link href="/changelog/" className="underline underline-offset-2">Changelog</Link>
          <Link href="/search/" className="underline underline-offset-2">All entries</Link>
        </nav>
      </div>
    </footer>
  );
}
