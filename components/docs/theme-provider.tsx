'use client';

import { ThemeProvider as NextThemesProvider } from 'next-themes';
import type { ReactNode } from 'react';

/**
 * next-themes sets the theme class on <html> from an inline script before first paint, so a stored
 * choice or the system preference never flashes the wrong theme; it also syncs the choice across tabs.
 * No disableTransitionOnChange: it injects a <style> element, which the Content-Security-Policy blocks (style-src
 * 'self'), and the site has no colour transitions for it to suppress.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem>
      {children}
    </NextThemesProvider>
  );
}
