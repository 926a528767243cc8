import { describe, expect, it } from 'vitest';
import { applyTheme, THEME_STORAGE_KEY } from '@/lib/theme/apply-theme';

/**
 * The inline theme script is applyTheme's source, run on its own before any bundle: rebuilt here from that source
 * with no access to the module's names, in a stand-in browser, so an outside name or a storage key that drifted
 * from THEME_STORAGE_KEY fails here rather than as a flash of the wrong theme.
 */
function runScript(stored: Record<string, string>, systemDark: boolean) {
  const classes = new Set<string>(['light']);
  const root = {
    classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
    style: { colorScheme: '' },
  };
  const browser = {
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
    document: { documentElement: root },
  };
  const script = new Function('localStorage', 'matchMedia', 'document', `(${applyTheme.toString()})()`);
  script(browser.localStorage, browser.matchMedia, browser.document);
  return { classes: [...classes], colorScheme: root.style.colorScheme };
}

describe('the inline theme script', () => {
  it('applies the stored choice under THEME_STORAGE_KEY, else the system preference', () => {
    expect(runScript({ [THEME_STORAGE_KEY]: 'dark' }, false)).toEqual({ classes: ['dark'], colorScheme: 'dark' });
    expect(runScript({ [THEME_STORAGE_KEY]: 'light' }, true)).toEqual({ classes: ['light'], colorScheme: 'light' });
    expect(runScript({ [THEME_STORAGE_KEY]: 'system' }, true)).toEqual({ classes: ['dark'], colorScheme: 'dark' });
    expect(runScript({}, false)).toEqual({ classes: ['light'], colorScheme: 'light' });
  });
});
