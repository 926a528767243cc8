'use client';

import { useSyncExternalStore } from 'react';
import { applyTheme, chooseTheme, THEME_STORAGE_KEY } from '@/lib/theme/apply-theme';

// Both call applyTheme without an argument: the stored choice, else the system's.
const followSystem = () => applyTheme();
const followStorage = (event: StorageEvent) => {
  if (event.key === THEME_STORAGE_KEY || event.key === null) applyTheme();
};

/**
 * The class on <html> as the store. While the toggle is mounted (on every page, in the header), an unset choice
 * follows the system's preference as it changes, and a choice made in another tab applies here too.
 */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  const system = matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', followSystem);
  window.addEventListener('storage', followStorage);
  return () => {
    observer.disconnect();
    system.removeEventListener('change', followSystem);
    window.removeEventListener('storage', followStorage);
  };
}

const isDark = () => document.documentElement.classList.contains('dark');
// The theme is only known in the browser: a neutral button on the server and in hydration.
const unknown = () => null;

/** Switches between light and dark; the choice is stored, and until then the system preference rules. */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, unknown);
  const label = dark === null ? 'Toggle theme' : `Switch to ${dark ? 'light' : 'dark'} theme`;
  return (
    <button
      type="button"
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
      aria-label={label}
      title={label}
      data-theme-toggle=""
      className="inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        )}
      </svg>
    </button>
  );
}
