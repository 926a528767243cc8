'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { BASE_PATH } from '@/lib/site-config';

/**
 * Prefetches a page when the reader shows intent to open it: the pointer rests on its link (60 ms, so sweeping
 * across the sidebar does not count), the link gets keyboard focus, or a finger touches it. Links never
 * prefetch on entering the viewport (SiteLink), so a page load fetches only the page. One listener set for
 * the whole document, so links need no client code of their own.
 */
export function IntentPrefetch() {
  const router = useRouter();
  useEffect(() => {
    const done = new Set<string>();
    let timer: number | undefined;
    const intent = (event: Event) => {
      window.clearTimeout(timer);
      const link = (event.target as Element).closest?.('a');
      const { pathname } = link ?? {};
      // Pages of this site only (they end in "/"), not files such as a diagram's SVG, and not this page.
      if (!link || link.target || link.origin !== location.origin || !pathname?.endsWith('/') || !pathname.startsWith(`${BASE_PATH}/`)) return;
      const sitePath = pathname.slice(BASE_PATH.length);
      if (pathname === location.pathname || done.has(sitePath)) return;
      const go = () => done.add(sitePath) && router.prefetch(sitePath);
      if (event.type === 'pointerover') timer = window.setTimeout(go, 60);
      else go();
    };
    const events = ['pointerover', 'focusin', 'touchstart'];
    for (const type of events) document.addEventListener(type, intent, { passive: true });
    return () => events.forEach((type) => document.removeEventListener(type, intent));
  }, [router]);
  return null;
}
