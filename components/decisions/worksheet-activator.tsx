'use client';

import { useEffect } from 'react';

/** One pair of document listeners for every worksheet of every page (this component mounts again on each). */
let listening = false;

/**
 * Loads a worksheet's code (worksheet-live.ts) when the reader first touches it (focus or pointer: keyboard and
 * mouse reach an input through one of them), or at once for a link that carries answers, as the copy controls do:
 * the decision pages' first-load JavaScript holds only this. Kept this small on purpose: it is the difference between
 * a decision page and any content page, whose budget is 140 KB.
 */
export function WorksheetActivator() {
  useEffect(() => {
    const start = (root: Element | null | undefined, fromUrl: boolean) => root && void import('./worksheet-live').then((m) => m.startWorksheet(root as HTMLElement, fromUrl));
    const params = new URLSearchParams(location.search);
    for (const root of document.querySelectorAll<HTMLElement>('[data-worksheet]')) if (root.dataset.params?.split(' ').some((name) => params.has(name))) start(root, true);
    if (listening) return;
    listening = true;
    const onEvent = (event: Event) => start((event.target as Element).closest?.('[data-worksheet]'), false);
    document.addEventListener('focusin', onEvent);
    document.addEventListener('pointerdown', onEvent);
  }, []);
  return null;
}
