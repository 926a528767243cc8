import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every Content-Security-Policy violation of the page (the DOM event, from before any page script runs,
 * and the console's "Refused to …" reports). Read with `violations()` after the interactions under test.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text()) && console.push(m.text()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname} (${e.sample.slice(0, 60)})`);
    });
  });
  return async () => [...console, ...((await page.evaluate(() => window.__cspViolations).catch(() => [])) ?? [])];
}
