import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../helpers/built-site';
import { axeViolations, THEME_RULES } from './axe';
import { expectStaticDiagrams } from './static-diagrams';
import { watchCsp } from './csp';
import { siteEntries, sitePaths } from './site-pages';

/**
 * The checks every page must pass, one test per page so that no test's cost grows with the page count, spread
 * over the workers. A page is loaded once: the test checks it on a desktop screen in light mode, switches the
 * colour scheme in place and checks the dark rendering, then narrows the window to a phone's width and checks
 * what a narrow screen changes (the layout is driven by the width alone; what a real phone's touch and pixel
 * density change is covered by the phone project's own specs). Runs in the desktop project only.
 */

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/;

/** Console errors, page errors, failed requests and any request for Mermaid (diagrams are SVG files made at build time). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => /mermaid/i.test(r.url()) && problems.push(`Mermaid requested: ${r.url()}`));
  return problems;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const hydrated = (page: Page) => expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-label', /^Switch to/);
/** Pixel 7's CSS viewport, as in the phone project. */
const PHONE = { width: 412, height: 915 };

/** The navigation marks the page it is on, wherever it lists it (the desktop sidebar or the phone menu). */
async function marksCurrent(page: Page, path: string, phone: boolean) {
  const nav = phone ? page.locator('[data-mobile-nav]') : page.getByRole('navigation', { name: 'Site', exact: true });
  const listed = nav.locator(`a[href="${path}"]`);
  if ((await listed.count()) > 0) await expect(listed.first(), `${phone ? 'phone menu' : 'sidebar'} marks ${path}`).toHaveAttribute('aria-current', 'page');
}

for (const path of sitePaths()) {
  test(`${path} loads cleanly, fits a desktop and a phone, keeps its CSP and passes axe in both themes`, async ({ page }) => {
    const problems = watchProblems(page);
    const violations = await watchCsp(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(await response!.text(), `${path} has its policy`).toMatch(CSP_META);
    // Hydration, not network idle, is the condition: prefetching keeps the network busy on some pages.
    await hydrated(page);
    expect(await sideways(page), 'scrolls sideways on a desktop').toBeLessThanOrEqual(0);
    await marksCurrent(page, path, false);

    expect(await axeViolations(page), 'axe, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await axeViolations(page, THEME_RULES), 'axe, dark').toEqual([]);

    await page.setViewportSize(PHONE);
    const menu = page.locator('[data-mobile-nav]');
    if ((await menu.count()) > 0) await expect(menu, 'the phone menu replaces the sidebar').toBeVisible();
    expect(await sideways(page), 'scrolls sideways on a phone').toBeLessThanOrEqual(0);
    await marksCurrent(page, path, true);

    // Late requests (prefetches) fail the page too; by now the network is usually idle already.
    await page.waitForLoadState('networkidle');
    expect(await violations(), 'CSP violations').toEqual([]);
    expect(problems).toEqual([]);
  });
}

// Alias pages (old ids that redirect) and the 404 page are not in the sitemap but ship with the same policy.
const otherPages = builtPages('out')
  .map((p) => p.urlPath)
  .filter((p) => !sitePaths().includes(p) && !/^\/(_not-found|404)/.test(p));

test.describe('pages outside the sitemap', () => {
  for (const path of [...otherPages, '/no-such-page/']) {
    test(`${path} arrives with zero CSP violations`, async ({ page }) => {
      const violations = await watchCsp(page);
      const html = await (await page.request.get(path)).text();
      expect(html, `${path} has its policy`).toMatch(CSP_META);
      // Alias pages redirect (script first, meta refresh without JavaScript): the page that arrives is checked too.
      await page.goto(path);
      await hydrated(page);
      expect(await violations()).toEqual([]);
    });
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  for (const entry of siteEntries()) {
    const diagrams = entry.diagrams.length > 0 ? ', and each diagram as a captioned, described image' : '';
    test(`${entry.path} shows its whole text${diagrams}`, async ({ page, request }) => {
      await page.goto(entry.path);
      const main = page.locator('main');
      await expect(main.locator('h1')).toHaveText(entry.title);
      await expect(main).toContainText(entry.summary);
      for (const heading of entry.headings) {
        await expect(main.locator(`#${heading.id}`), `${entry.path}#${heading.id}`).toHaveText(heading.text);
      }
      const words = (await main.innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(entry.path === '/' ? 150 : 300);
      // Checked on the same load: a second page load per diagram page cost more than the checks themselves.
      await expectStaticDiagrams(page, request, entry);
    });
  }
});
