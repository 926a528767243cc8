import { markdownPathOf } from '@/lib/export/markdown-paths';
import { withBasePath } from '@/lib/site-config';

/**
 * The page's menu beside its title: copy the page as Markdown, view its Markdown twin, copy its link. A native
 * <details> (Enter and Space open it without JavaScript; "View as Markdown" is a plain link that always works);
 * the copy buttons, Escape and a click elsewhere are handled by document listeners (components/shared/use-markdown-actions.ts).
 */
export function PageActions({ path }: { path: string }) {
  return (
    <div className="page-actions no-print" data-md-scope>
      <details data-page-actions className="relative">
        <summary className="page-actions-summary">
          Page actions
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4" />
          </svg>
        </summary>
        <div className="page-actions-list">
          <button type="button" data-md-action="copy-page">
            Copy page as Markdown
          </button>
          {/* Not SiteLink: the twin is a file, not a route the client router could render. */}
          <a href={withBasePath(markdownPathOf(path))} type="text/markdown">
            View as Markdown
          </a>
          <button type="button" data-md-action="copy-link">
            Copy link
          </button>
        </div>
      </details>
      <span role="status" data-md-status className="text-xs text-accent-700 dark:text-accent-300" />
    </div>
  );
}
