import { usePathname } from 'next/navigation';
import { useEffect, useLayoutEffect } from 'react';

/** Where the sidebar was scrolled to: kept across client navigations (each page renders its own sidebar). */
let lastScrollTop: number | undefined;

/** The sidebar groups the reader folded, by title: kept in this browser, for every page. */
const FOLDED_KEY = 'atlas:sidebar-folded';

function foldedGroups(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(FOLDED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function saveFolded(groups: string[]): void {
  try {
    window.localStorage.setItem(FOLDED_KEY, JSON.stringify([...new Set(groups)].sort()));
  } catch {
    // Storage disabled: the groups fold for this page view only.
  }
}

/**
 * Each page renders a new sidebar, which would start at the top: after every navigation (before paint) this
 * puts the reader's scroll position back, and on a direct load, or when the current page's link is out of
 * view, scrolls that link a third of the way down. Runs from the layout, so pages carry no code for it; the
 * old sidebar leaves the document with its listener.
 */
export function useSidebarMemory(): void {
  const pathname = usePathname();
  useLayoutEffect(() => {
    // Groups as the reader left them, before paint; the current page's group stays open whatever was saved.
    const folded = foldedGroups();
    for (const group of document.querySelectorAll<HTMLDetailsElement>('details[data-nav-group]')) {
      group.open = group.hasAttribute('data-current-group') || !folded.includes(group.dataset.navGroup ?? '');
    }
    const viewport = document.querySelector<HTMLElement>('[data-sidebar-viewport]');
    if (!viewport) return;
    if (lastScrollTop !== undefined) viewport.scrollTop = lastScrollTop;
    const item = viewport.querySelector('[aria-current="page"]')?.getBoundingClientRect();
    const view = viewport.getBoundingClientRect();
    if (item && (item.top < view.top || item.bottom > view.bottom)) viewport.scrollTop += item.top - view.top - view.height / 3;
    const remember = () => (lastScrollTop = viewport.scrollTop);
    remember();
    viewport.addEventListener('scroll', remember, { passive: true });
  }, [pathname]);

  // Only the reader's own folding is saved (a click on a group's title, by mouse or keyboard), not the opening of
  // the current page's group.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const summary = event.target instanceof Element ? event.target.closest('details[data-nav-group] > summary') : null;
      const group = summary?.parentElement as HTMLDetailsElement | undefined;
      if (!group) return;
      const title = group.dataset.navGroup ?? '';
      const folded = foldedGroups().filter((t) => t !== title);
      // The click's default action toggles the group after this listener: open now means folded next.
      saveFolded(group.open ? [...folded, title] : folded);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
