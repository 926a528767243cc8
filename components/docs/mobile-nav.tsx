'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The phone menu: a native <details>, so it opens without JavaScript too. This leaf only closes it
 * after a navigation and on Escape.
 */
export function MobileNav({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const details = ref.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details?.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    details?.addEventListener('keydown', onKey);
    return () => details?.removeEventListener('keydown', onKey);
  }, []);
  return (
    <details ref={ref} className="group mb-4 rounded-lg border border-slate-200 lg:hidden dark:border-slate-800" data-mobile-nav="">
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        Menu
      </summary>
      <div className="max-h-[70vh] overflow-y-auto border-t border-slate-200 p-3 dark:border-slate-800">{children}</div>
    </details>
  );
}
