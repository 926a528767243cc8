'use client';

import { useEffect } from 'react';

/**
 * One document-level listener for the Markdown controls (page menu, "Copy section as Markdown"): the code that
 * fetches the twin and copies is loaded on the first click, so it adds nothing to a page's first-load JavaScript.
 */
export function useMarkdownActions(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const control = (event.target as Element).closest?.('[data-md-action], [data-page-actions] > summary');
      if (control) void import('./markdown-actions').then((m) => m.runMarkdownAction(control));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
