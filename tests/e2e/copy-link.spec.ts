import { expect, test } from '@playwright/test';
import { gotoHydrated } from './hydration';
import { currentVersion } from './site-pages';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('copy link copies the full URL of the section, citing the version of its text, and leaves the address bar clean', async ({ page, baseURL }) => {
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  await page.locator('[data-copy-link="solution"]').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await clipboard(page)).toBe(`${baseURL}/pitfalls/label-leakage/?v=${currentVersion('/pitfalls/label-leakage/', 'solution')}#solution`);
  expect(page.url()).toBe(`${baseURL}/pitfalls/label-leakage/`);
});

test('copy as Markdown link copies [Page › Section](url)', async ({ page, baseURL }) => {
  // A click before hydration does nothing, and the clipboard still holds an earlier test's text (seen once in CI).
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  await page.locator('[data-copy-markdown="solution"]').click();
  await expect.poll(() => clipboard(page)).toBe(`[Label Leakage › Solution](${baseURL}/pitfalls/label-leakage/?v=${currentVersion('/pitfalls/label-leakage/', 'solution')}#solution)`);
});

test('the copy controls are reachable and usable from the keyboard', async ({ page, baseURL }) => {
  await gotoHydrated(page, '/patterns/caching-strategies/');
  const control = page.locator('[data-copy-link="prediction-cache"]');
  await expect(control).toHaveAccessibleName('Copy link to section “Prediction Cache”');
  // Tab from the heading's own link to its copy control.
  await page.locator('h3#prediction-cache a').focus();
  await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}/patterns/caching-strategies/?v=${currentVersion('/patterns/caching-strategies/', 'prediction-cache')}#prediction-cache`);
});

test('every h2 and h3 of a page has copy controls', async ({ page }) => {
  await page.goto('/systems/fraud-detection/');
  const headings = await page.locator('main article h2[id], main article h3[id]').evaluateAll((hs) => hs.map((h) => h.id));
  expect(headings.length).toBeGreaterThan(5);
  for (const id of headings) {
    await expect(page.locator(`[data-copy-link="${id}"]`)).toBeVisible();
    await expect(page.locator(`[data-copy-markdown="${id}"]`)).toBeVisible();
  }
});
