'use client';

import { useEffect } from 'react';

/**
 * Opening a citation (`/page/?v=<version>#anchor`, as the copy controls write it) loads the notice code, which says
 * whether the cited text changed (components/shared/citation-notice.ts). A visit without `?v=` loads nothing.
 */
export function useCitationNotice(): void {
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('v')) return;
    void import('./citation-notice').then((m) => m.showCitationNotice()).catch(() => undefined);
  }, []);
}
