import { expect, test, type Page } from '@playwright/test';

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('dark mode follows the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/patterns/feature-store/');
  expect(await isDark(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/patterns/feature-store/');
  expect(await isDark(page)).toBe(false);
});

test('the toggle switches the theme, and the choice persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName('Switch to dark theme');
  await toggle.click();
  expect(await isDark(page)).toBe(true);
  await expect(toggle).toHaveAccessibleName('Switch to light theme');
  // Client-side navigation, then a full load of another page.
  await page.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Cold Start' }).click();
  await expect(page.locator('main h1')).toHaveText('Cold Start');
  expect(await isDark(page)).toBe(true);
  await page.goto('/decisions/batch-vs-real-time/');
  expect(await isDark(page)).toBe(true);
  await page.locator('[data-theme-toggle]').click();
  await page.reload();
  expect(await isDark(page)).toBe(false);
});

test('no flash of the wrong theme: the stored theme applies before any JavaScript bundle runs', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.locator('[data-theme-toggle]').click();
  expect(await isDark(page)).toBe(true);
  // Block every bundle: what shows now is what the reader sees at first paint, before hydration.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/pitfalls/data-drift/', { waitUntil: 'domcontentloaded' });
  expect(await isDark(page)).toBe(true);
  expect(await background(page)).not.toBe('rgb(255, 255, 255)');
});
