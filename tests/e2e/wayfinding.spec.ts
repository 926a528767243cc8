import { expect, test, type Locator } from '@playwright/test';
import { gotoHydrated } from './hydration';
import { siteEntries } from './site-pages';

const LANDINGS = [
  { path: '/systems/', title: 'Systems' },
  { path: '/patterns/', title: 'Patterns' },
  { path: '/decisions/', title: 'Decisions' },
  { path: '/pitfalls/', title: 'Pitfalls' },
  { path: '/templates/', title: 'Templates' },
];

test('the sidebar keeps its scroll position from page to page', { tag: '@wide-screen' }, async ({ page }) => {
  // The sidebar shows on wide screens: not in the phone project (its tag; playwright.config.ts).
  await page.setViewportSize({ width: 1280, height: 600 });
  await gotoHydrated(page, '/');
  // The sidebar's scroll container: the element around the site navigation.
  const sidebar = page.getByRole('navigation', { name: 'Site', exact: true }).locator('xpath=..');
  await sidebar.evaluate((s) => (s.scrollTop = 250));
  const link = sidebar.locator('a[href="/pitfalls/cold-start/"]');
  await link.hover();
  const before = await sidebar.evaluate((s) => s.scrollTop);
  expect(before).toBeGreaterThan(100);
  await link.click();
  await expect(page.locator('main h1')).toHaveText('Cold Start');
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveText('Cold Start');
  expect(Math.abs((await sidebar.evaluate((s) => s.scrollTop)) - before)).toBeLessThanOrEqual(2);
});

for (const path of ['/reference/', '/templates/recommendation-template/', '/trends/']) {
  test(`a direct load of ${path}, late in the sidebar, shows its sidebar link`, { tag: '@wide-screen' }, async ({ page }) => {
    // The sidebar shows on wide screens: not in the phone project (its tag; playwright.config.ts).
    await page.setViewportSize({ width: 1280, height: 600 });
    await gotoHydrated(page, path);
    await expect(page.getByRole('navigation', { name: 'Site', exact: true }).locator('a[aria-current="page"]'), path).toBeInViewport();
  });
}

for (const { path, title } of LANDINGS) {
  test(`${path} lists every entry of its kind with its summary, and is linked from breadcrumbs and sidebar`, async ({ page, isMobile }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main h1')).toHaveText(title);
    const members = siteEntries().filter((e) => e.path.startsWith(path) && e.path !== path);
    expect(members.length).toBeGreaterThanOrEqual(2);
    for (const entry of members) {
      const link = page.locator(`main a[href="${entry.path}"]`);
      await expect(link).toHaveText(entry.title);
      await expect(page.locator('main li', { has: page.locator(`a[href="${entry.path}"]`) })).toContainText(entry.summary);
    }
    // The breadcrumb of each member leads here; only the page itself is marked current.
    await page.goto(members[0].path);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.locator('[aria-current]')).toHaveCount(1);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(members[0].title);
    await crumbs.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('main h1')).toHaveText(title);
    if (!isMobile) await expect(page.getByRole('navigation', { name: 'Site', exact: true }).locator(`a[href="${path}"]`)).toHaveAttribute('aria-current', 'page');
  });
}

test('Enter on a search result moves focus to the section landed on; Esc returns it to the search button', { tag: '@wide-screen' }, async ({ page }) => {
  // Keyboard test: not in the phone project (its tag; playwright.config.ts).
  await gotoHydrated(page, '/patterns/feature-store/');
  const input = page.locator('[data-search-input]');
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.type('time based splits');
  await expect(page.locator('[data-search-option="/pitfalls/label-leakage/#time-based-splits"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pitfalls\/label-leakage\/#time-based-splits$/);
  await expect(page.locator('h3#time-based-splits')).toBeFocused();
  // A whole page (no anchor) focuses its title.
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.type('Cold Start');
  await expect(page.locator('[data-search-option="/pitfalls/cold-start/"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Cold Start');
  await expect(page.locator('main h1')).toBeFocused();
});

test('phones get a collapsible "On this page"', async ({ page, isMobile }) => {
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  const contents = page.locator('[data-page-contents]');
  if (!isMobile) {
    await expect(contents).toBeHidden();
    return;
  }
  await expect(contents).toBeVisible();
  await expect(contents).not.toHaveAttribute('open');
  await contents.locator('summary').click();
  await contents.getByRole('link', { name: 'Prevention' }).click();
  await expect(page).toHaveURL(/#prevention$/);
  await expect(page.locator('h2#prevention')).toBeInViewport();
});

test('a diagram wider than the phone says it scrolls, and fades the edge it continues past', { tag: '@phone' }, async ({ page }) => {
  // Only a phone is narrower than the diagrams: phone project only (its tag; playwright.config.ts).
  const mask = (frame: Locator) => frame.evaluate((f) => getComputedStyle(f).maskImage);
  await gotoHydrated(page, '/patterns/model-serving-strategies/');
  const figure = page.locator('figure.diagram').first();
  const frame = figure.locator('.diagram-frame');
  await frame.scrollIntoViewIfNeeded();
  await expect(figure.locator('.diagram-scroll-hint')).toBeVisible();
  await expect(figure.locator('.diagram-scroll-hint')).toContainText('Scroll sideways');
  // At the start only the right edge fades; at the end only the left one.
  await expect.poll(() => mask(frame)).toMatch(/^linear-gradient\(90deg, rgb\(0, 0, 0\) calc/);
  await frame.evaluate((f) => (f.scrollLeft = f.scrollWidth));
  await expect.poll(() => mask(frame)).toMatch(/^linear-gradient\(270deg, rgb\(0, 0, 0\) calc/);
  await expect(figure.locator('[data-diagram-open]')).toBeVisible();
});

test('a diagram that fits the phone says nothing and fades nothing', { tag: '@phone' }, async ({ page }) => {
  // Only a phone is narrower than the diagrams: phone project only (its tag; playwright.config.ts).
  const mask = (frame: Locator) => frame.evaluate((f) => getComputedStyle(f).maskImage);
  // The maturity ladder is narrow enough (the three-layer stack grew its labelled arrows and no longer fits).
  await gotoHydrated(page, '/maturity/');
  const fits = page.locator('figure.diagram').first();
  await fits.scrollIntoViewIfNeeded();
  await expect(fits.locator('.diagram-scroll-hint')).toBeHidden();
  expect(await mask(fits.locator('.diagram-frame'))).toBe('none');
});
