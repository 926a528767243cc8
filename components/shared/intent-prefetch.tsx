'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { BASE_PATH } from '@/lib/site-config';

/** Hovering this long reads as intent; sweeping the pointer across the sidebar does not. */
const HOVER_DELAY_MS = 60;

/**
 * Prefetches a page when the reader shows intent to open it: the pointer rests on its link, the link gets
 * keyboard focus, or a finger touches it. Links never prefetch on entering the viewport (SiteLink), so a page
 * load fetches only the page. One listener for the whole document, so links need no client code of their own.
 */
export function IntentPrefetch() {
  const router = useRouter();
  useEffect(() => {
    const done = new Set<string>();
    let timer: number | undefined;
    const targetOf = (event: Event): string | undefined => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return undefined;
      const url = new URL(link.href);
      // Pages of this site only (they end in "/"), not files such as a diagram's SVG, and not this page.
      if (url.origin !== location.origin || !url.pathname.endsWith('/') || !url.pathname.startsWith(`${BASE_PATH}/`)) return undefined;
      if (url.pathname === location.pathname) return undefined;
      const sitePath = url.pathname.slice(BASE_PATH.length);
      return done.has(sitePath) ? undefined : sitePath;
    };
    const prefetch = (sitePath: string) => {
      done.add(sitePath);
      router.prefetch(sitePath);
    };
    const onHover = (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const target = targetOf(event);
      window.clearTimeout(timer);
      if (target) timer = window.setTimeout(() => prefetch(target), HOVER_DELAY_MS);
    };
    const onIntent = (event: Event) => {
      const target = targetOf(event);
      if (target) prefetch(target);
    };
    document.addEventListener('pointerover', onHover, { passive: true });
    document.addEventListener('focusin', onIntent);
    document.addEventListener('touchstart', onIntent, { passive: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerover', onHover);
      document.removeEventListener('focusin', onIntent);
      document.removeEventListener('touchstart', onIntent);
    };
  }, [router]);
  return null;
}
