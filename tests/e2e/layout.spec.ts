import { expect, test } from '@playwright/test';

// That no page scrolls sideways, on desktop and phone, is checked page by page in every-page.spec.ts.

test('a wide diagram scrolls inside its frame instead of widening the page', { tag: '@phone' }, async ({ page }) => {
  // Only a phone is narrower than the diagrams: phone project only (its tag; playwright.config.ts).
  await page.goto('/patterns/model-serving-strategies/');
  const frame = page.locator('.diagram-frame').first();
  await frame.scrollIntoViewIfNeeded();
  expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a table wider than the screen says it scrolls sideways; a table that fits does not', async ({ page, isMobile }) => {
  await page.goto('/reference/');
  const wraps = page.locator('.table-wrap');
  expect(await wraps.count()).toBeGreaterThan(0);
  const overflowing: boolean[] = [];
  for (const wrap of await wraps.all()) {
    await wrap.scrollIntoViewIfNeeded();
    const overflows = await wrap.locator('.table-scroll').evaluate((region) => region.scrollWidth > region.clientWidth + 1);
    overflowing.push(overflows);
    if (overflows) await expect(wrap.locator('.table-scroll-hint')).toBeVisible();
    else await expect(wrap.locator('.table-scroll-hint')).toBeHidden();
  }
  // The quick reference's five-column table is wider than a phone, and fits a desktop.
  expect(overflowing.some(Boolean)).toBe(isMobile);
});

test('the menu opens, lists the site and closes with Escape', async ({ page, isMobile }) => {
  await page.goto('/patterns/feature-store/');
  const menu = page.locator('[data-mobile-nav]');
  if (!isMobile) {
    await expect(menu).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Site', exact: true })).toBeVisible();
    return;
  }
  await expect(page.getByRole('navigation', { name: 'Site', exact: true })).toBeHidden();
  await menu.locator('> summary').click();
  // The current page's group is open; another group opens from its summary.
  await expect(menu.locator('a[aria-current="page"]')).toHaveText('Feature Store');
  const leakage = menu.getByRole('link', { name: 'Label Leakage' });
  if (!(await leakage.isVisible())) await leakage.locator('xpath=ancestor::details[1]/summary').click();
  await expect(leakage).toBeVisible();
  await leakage.focus();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(menu.locator('> summary')).toBeFocused();
});

test('print shows the content without navigation or controls', async ({ page }) => {
  await page.goto('/pitfalls/cold-start/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main h2#problem')).toBeVisible();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('[data-copy-link]').first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next' })).toBeHidden();
  await expect(page.locator('[data-mobile-nav]')).toBeHidden();
});

test('print is black on white even when the screen theme is dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/pitfalls/cold-start/');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const color = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).color);
  expect(await color('main h1')).toBe('rgb(0, 0, 0)');
  expect(await color('main h2#problem')).toBe('rgb(0, 0, 0)');
  expect(await color('main article p')).toBe('rgb(0, 0, 0)');
});
