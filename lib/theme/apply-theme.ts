import type { Theme } from '../diagrams/themes';

/** Where the reader's choice is kept: next-themes' key, which the site used before, so a stored choice survives. */
export const THEME_STORAGE_KEY = 'theme';

/**
 * Sets <html>'s theme class and color-scheme: the given theme, else the stored choice, else the system's. Runs inline
 * before first paint (its source is the page's theme script, components/docs/theme-script.tsx), so it must stay
 * self-contained: no outside names at run time (THEME_STORAGE_KEY is written out).
 */
export function applyTheme(theme?: Theme): void {
  let dark = theme === 'dark';
  if (!theme) {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem('theme');
    } catch {
      // Storage blocked: the system's preference.
    }
    dark = stored === 'dark' || (stored !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  }
  const root = document.documentElement;
  root.classList.remove(dark ? 'light' : 'dark');
  root.classList.add(dark ? 'dark' : 'light');
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/** Stores the reader's choice (when storage allows) and applies it. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
  applyTheme(theme);
}
