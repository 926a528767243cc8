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
    // The page menu's Escape and click-outside are here, not in the code loaded on first use: Escape pressed before
    // that code arrived (Enter, Tab, Escape on a slow connection) left the menu open.
    const openMenu = () => document.querySelector<HTMLDetailsElement>('details[data-page-actions][open]');
    const onKey = (event: KeyboardEvent) => {
      const menu = openMenu();
      if (event.key !== 'Escape' || !menu) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const menu = openMenu();
      if (menu && !menu.contains(event.target as Node)) menu.open = false;
      const control = (event.target as Element).closest?.('[data-md-action]');
      if (!control) return;
      const actions = import('./markdown-actions');
      const copied = copyLater(actions.then((m) => m.textFor(control)));
      void actions.then((m) => m.settle(control, copied));
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}
