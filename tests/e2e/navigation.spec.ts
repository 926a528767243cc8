import { expect, test } from '@playwright/test';
import { sitePaths } from './site-pages';

test('the sidebar links every page, and following a link marks the page it lands on', async ({ page, isMobile }) => {
  // Each system's checklist page is reached from the checklist builder and from its system page (review.spec.ts);
  // every page marks itself in the navigation (every-page.spec.ts).
  const expected = sitePaths().filter((p) => p !== '/search/' && !/^\/review\/.+\//.test(p));
  await page.goto('/');
  const nav = isMobile ? page.locator('[data-mobile-nav]') : page.getByRole('navigation', { name: 'Site', exact: true });
  const targets = await nav.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(new Set(targets)).toEqual(new Set(expected));
  // Client-side navigation, on a sample of one link per group of the sidebar.
  const sample = [...new Map(targets.filter((t) => t !== '/').map((t) => [t.split('/')[1], t])).values()];
  for (const target of sample) {
    if (isMobile) await page.locator('[data-mobile-nav] > summary').click();
    // Sidebar groups fold; a folded group opens from its summary.
    const link = nav.locator(`a[href="${target}"]`);
    if (!(await link.isVisible())) await link.locator('xpath=ancestor::details[1]/summary').click();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(nav.locator(`a[href="${target}"]`)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main h1')).toBeVisible();
    if (isMobile) await expect(page.locator('[data-mobile-nav]')).not.toHaveAttribute('open');
  }
});

test('a deep link scrolls its section heading into view', async ({ page }) => {
  await page.goto('/pitfalls/label-leakage/#solution');
  const heading = page.locator('h2#solution');
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  // Below the sticky header, near the top of the viewport.
  expect(top).toBeGreaterThan(40);
  expect(top).toBeLessThan(200);
});

test('an old anchor and an old page id still land on their section', async ({ page }) => {
  await page.goto('/pitfalls/label-leakage/#proper-time-based-splits');
  await expect(page.locator('h3#time-based-splits')).toBeInViewport();
  await page.goto('/systems/search-ranking/#at-a-glance');
  await expect(page).toHaveURL(/\/systems\/search-and-ranking\/#at-a-glance$/);
  await expect(page.locator('h2#at-a-glance')).toBeInViewport();
});

test('breadcrumbs, previous/next, related and backlinks connect pages', async ({ page }) => {
  await page.goto('/pitfalls/label-leakage/');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Pitfalls');
  const related = page.getByRole('region', { name: 'Related' });
  await expect(related.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Referenced by' }).getByRole('link').first()).toBeVisible();
  const next = page.getByRole('navigation', { name: 'Previous and next' }).locator('a[rel="next"]');
  const nextTitle = (await next.locator('span').nth(1).textContent())!;
  await next.click();
  await expect(page.locator('main h1')).toHaveText(nextTitle);
});

test('the table of contents marks the section being read', { tag: '@wide-screen' }, async ({ page }) => {
  // The table of contents shows on wide screens: not in the phone project (its tag; playwright.config.ts).
  await page.goto('/pitfalls/label-leakage/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Prevention' }).click();
  await expect(toc.getByRole('link', { name: 'Prevention' })).toHaveAttribute('aria-current', 'location');
  await page.locator('h2#problem').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.getElementById('problem')!.offsetTop - 80));
  await expect(toc.getByRole('link', { name: 'Problem' })).toHaveAttribute('aria-current', 'location');
});

test('the skip link moves focus to the main content', { tag: '@wide-screen' }, async ({ page }) => {
  // Keyboard test: not in the phone project (its tag; playwright.config.ts).
  await page.goto('/patterns/feature-store/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(inMain).toBe(true);
});

test('an unknown URL gets the helpful 404 with search and entry points', async ({ page }) => {
  const response = await page.goto('/pitfalls/no-such-pitfall/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('not in the atlas');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(page.locator('main a[href="/pitfalls/label-leakage/"]')).toBeVisible();
});
