import { usePathname } from 'next/navigation';
import { useLayoutEffect } from 'react';

/** Where the sidebar was scrolled to: kept across client navigations (each page renders its own sidebar). */
let lastScrollTop: number | undefined;

/**
 * Each page renders a new sidebar, which would start at the top: after every navigation (before paint) this
 * puts the reader's scroll position back, and on a direct load, or when the current page's link is out of
 * view, scrolls that link a third of the way down. Runs from the layout, so pages carry no code for it; the
 * old sidebar leaves the document with its listener.
 */
export function useSidebarMemory(): void {
  const pathname = usePathname();
  useLayoutEffect(() => {
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
}
