import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { BASE_PATH } from '@/lib/site-config';

/**
 * Prefetches a page when the reader shows intent to open it: the pointer rests on its link (60 ms, so sweeping
 * across the sidebar does not count), the link gets keyboard focus, or a finger touches it. Links never
 * prefetch on entering the viewport (SiteLink), so a page load fetches only the page. One listener set for
 * the whole document, for the life of the page (the root layout never unmounts); the router fetches a page
 * once however often it is asked.
 */
export function useIntentPrefetch(): void {
  const router = useRouter();
  useEffect(() => {
    let timer: number | undefined;
    const intent = (event: Event) => {
      clearTimeout(timer);
      const link = (event.target as Element).closest?.('a');
      const path = link?.pathname;
      // Pages of this site only (they end in "/"), not files such as a diagram's SVG, and not this page.
      if (!link || link.target || link.origin !== location.origin || !path?.endsWith('/') || !path.startsWith(`${BASE_PATH}/`) || path === location.pathname) return;
      const go = () => router.prefetch(path.slice(BASE_PATH.length));
      if (event.type === 'pointerover') timer = window.setTimeout(go, 60);
      else go();
    };
    for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, intent, { passive: true });
  }, [router]);
}
