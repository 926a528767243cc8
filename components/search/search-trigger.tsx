'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent } from 'react';
import { requestSearchCore } from '@/lib/search/core-request';
import { withBasePath } from '@/lib/site-config';

// The dialog, the engine and the index load on first use only: none of it is in the first-load JavaScript.
// Loaded by hand rather than with React.lazy: React holds a Suspense reveal back by up to 300 ms.
type Dialog = ComponentType<{ onClose: (returnFocus: boolean) => void }>;
const loadDialog = () => import('./search-dialog').then((m) => m.default as Dialog);

const noSubscribe = () => () => {};

/** Typing "/" in a form field types a slash; elsewhere it opens search. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)));
}

/**
 * The header's search entry: a link to the search page (so it works without JavaScript) that opens the
 * search dialog instead, also on Ctrl/⌘+K and "/" from anywhere on the page.
 */
export function SearchTrigger() {
  const [open, setOpen] = useState(false);
  const [SearchDialog, setSearchDialog] = useState<Dialog>();
  const trigger = useRef<HTMLAnchorElement>(null);
  const isMac = useSyncExternalStore(noSubscribe, () => /Mac|iPhone|iPad/.test(navigator.platform), () => false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target))) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) trigger.current?.focus();
  }, []);

  useEffect(() => {
    // The index core downloads while the dialog's code does, not after it.
    if (open) requestSearchCore().catch(() => {});
    if (open && !SearchDialog) loadDialog().then((component) => setSearchDialog(() => component));
  }, [open, SearchDialog]);

  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab: the page
    event.preventDefault();
    setOpen(true);
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === ' ') {
      event.preventDefault();
      setOpen(true);
    }
  };

  return (
    <>
      <a
        ref={trigger}
        href={withBasePath('/search/')}
        role="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onPointerEnter={loadDialog}
        onFocus={loadDialog}
        data-search-entry=""
        className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:border-slate-700 dark:text-slate-300 dark:hover:border-slate-500 dark:hover:text-white"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span>Search</span>
        <kbd className="hidden rounded border border-slate-300 px-1 font-sans text-xs text-slate-600 sm:inline dark:border-slate-600 dark:text-slate-300">
          {isMac ? '⌘' : 'Ctrl'} K
        </kbd>
      </a>
      {open && SearchDialog && <SearchDialog onClose={close} />}
    </>
  );
}
