'use client';

import { useEffect } from 'react';
import { copyLater } from '@/lib/clipboard';

/**
 * One document-level listener for the copy controls (headings, review items, the page menu): the code that makes
 * the text (fetching the page's Markdown twin for a page or a section) is loaded on the first click, so it adds
 * nothing to a page's first-load JavaScript. The copy itself starts during the click (lib/clipboard.ts copyLater).
 */
export function useMarkdownActions(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const control = (event.target as Element).closest?.('[data-md-action], [data-page-actions] > summary');
      if (!control) return;
      const actions = import('./markdown-actions');
      const copied = control.tagName === 'SUMMARY' ? undefined : copyLater(actions.then((m) => m.textFor(control)));
      void actions.then((m) => m.settle(control, copied));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
