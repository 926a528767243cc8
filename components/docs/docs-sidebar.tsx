import type { NavSection } from '@/lib/content/site';
import { SiteLink } from '@/components/shared/site-link';
import { NAVIGATOR_TITLE, SYMPTOMS_PATH } from '@/lib/symptoms/model';

/** The site's navigation, grouped by kind, with the current page marked (server-rendered per page). */
export function DocsSidebar({ sections, currentPath, label = 'Site' }: { sections: NavSection[]; currentPath: string; label?: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="space-y-6">
        <li>
          <SiteLink href="/" aria-current={currentPath === '/' ? 'page' : undefined} className={linkClass(currentPath === '/')}>
            Overview
          </SiteLink>
          <SiteLink href="/review/" aria-current={currentPath === '/review/' ? 'page' : undefined} className={linkClass(currentPath.startsWith('/review/'))}>
            Design review checklist
          </SiteLink>
          <SiteLink href="/assessment/" aria-current={currentPath === '/assessment/' ? 'page' : undefined} className={linkClass(currentPath === '/assessment/')}>
            Maturity self-assessment
          </SiteLink>
          <SiteLink href={SYMPTOMS_PATH} aria-current={currentPath === SYMPTOMS_PATH ? 'page' : undefined} className={linkClass(currentPath === SYMPTOMS_PATH)}>
            {NAVIGATOR_TITLE}
          </SiteLink>
          <SiteLink href="/changelog/" aria-current={currentPath === '/changelog/' ? 'page' : undefined} className={linkClass(currentPath === '/changelog/')}>
            Changelog
          </SiteLink>
        </li>
        {sections.map((section) => {
          const here = currentPath === section.path || section.entries.some((e) => e.path === currentPath);
          return (
            <li key={section.title}>
              {/* A group folds (native <details>, no JavaScript needed); useSidebarMemory keeps each group as the reader
                  left it, and the group of the current page is always open. */}
              <details open data-nav-group={section.title} data-current-group={here ? '' : undefined} className="nav-group">
                <summary className="nav-group-title mb-1 rounded-md px-2 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">
                  {section.title}
                </summary>
                <ul className="space-y-0.5">
                  {section.path && (
                    <li>
                      <SiteLink href={section.path} aria-current={currentPath === section.path ? 'page' : undefined} className={linkClass(currentPath === section.path)}>
                        All {section.title.toLowerCase()}
                      </SiteLink>
                    </li>
                  )}
                  {section.entries.map((entry) => {
                    const current = entry.path === currentPath;
                    return (
                      <li key={entry.id}>
                        <SiteLink href={entry.path} aria-current={current ? 'page' : undefined} className={linkClass(current)}>
                          {entry.title}
                        </SiteLink>
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Classes from app/globals.css, not utilities: the sidebar's ~50 links are in each page twice (sidebar and phone
 * menu), in its HTML and again in its RSC payload, so each utility string cost ~27 KB of text to parse per page. */
function linkClass(current: boolean): string {
  return current ? 'nav-link nav-link-current' : 'nav-link';
}
