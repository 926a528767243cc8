import type { ReactNode } from 'react';
import { navigation } from '@/lib/content/site';
import { DocsSidebar } from './docs-sidebar';
import { MobileNav } from './mobile-nav';

/** The landmarks are the <nav>s inside, so the columns are plain divs. Three columns on wide screens (navigation, page, table of contents); one, with a menu, on phones. */
export function DocsShell({ currentPath, toc, children }: { currentPath: string; toc?: ReactNode; children: ReactNode }) {
  const sections = navigation();
  return (
    <div className="mx-auto flex max-w-screen-2xl gap-8 px-4 py-6 lg:py-8">
      {/* Its scroll position is kept from page to page (useSidebarMemory). */}
      <div className="no-print sticky top-20 hidden max-h-[calc(100vh-6rem)] w-60 shrink-0 overflow-y-auto pb-8 lg:block" data-sidebar-viewport="">
        <DocsSidebar sections={sections} currentPath={currentPath} />
      </div>
      <div className="min-w-0 flex-1">
        <MobileNav>
          <DocsSidebar sections={sections} currentPath={currentPath} label="Site (menu)" />
        </MobileNav>
        <div className="flex gap-10">
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
            {children}
          </main>
          {toc && (
            <div className="no-print sticky top-20 hidden max-h-[calc(100vh-6rem)] w-56 shrink-0 overflow-y-auto xl:block">{toc}</div>
          )}
        </div>
      </div>
    </div>
  );
}
