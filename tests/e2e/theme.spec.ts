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

test('without a choice the theme follows the system as it changes; a choice then holds against it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/patterns/feature-store/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName('Switch to dark theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAccessibleName('Switch to light theme');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await isDark(page)).toBe(false);
  await expect(toggle).toHaveAccessibleName('Switch to dark theme');
});

test('a choice made in another tab applies in this one without a reload', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/pitfalls/data-drift/');
    await expect(page.locator('[data-theme-toggle]')).toHaveAccessibleName('Switch to dark theme');
  }
  await first.locator('[data-theme-toggle]').click();
  await expect(second.locator('html')).toHaveClass(/\bdark\b/);
  await expect(second.locator('[data-theme-toggle]')).toHaveAccessibleName('Switch to light theme');
});
