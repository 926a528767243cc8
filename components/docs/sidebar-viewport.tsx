'use client';

import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { revealCurrent } from '@/components/shared/reveal-current';

/** Where the sidebar was scrolled to: kept across client navigations (each page renders its own sidebar). */
let lastScrollTop: number | undefined;

/**
 * The wide-screen sidebar's scroll container. Each page renders a new sidebar, which would start at the top:
 * this keeps the reader's scroll position from page to page, and on a direct load (or when the current page's
 * link is out of view) brings the current page's link into view.
 */
export function SidebarViewport({ className, children }: { className: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (lastScrollTop !== undefined) element.scrollTop = lastScrollTop;
    revealCurrent(element);
    const remember = () => (lastScrollTop = element.scrollTop);
    remember();
    element.addEventListener('scroll', remember, { passive: true });
    return () => element.removeEventListener('scroll', remember);
  }, []);
  return (
    <div ref={ref} className={className} data-sidebar-viewport="">
      {children}
    </div>
  );
}
