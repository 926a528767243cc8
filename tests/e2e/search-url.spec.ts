import { expect, test } from '@playwright/test';
import { axeViolations, THEME_RULES } from './axe';
import { MAX_QUERY } from '../../lib/search/limits';
import { gotoHydrated } from './hydration';

test('a very long query on /search/ writes only what the engine reads into the URL, so reload and share work', async ({ page }) => {
  await gotoHydrated(page, '/search/');
  const input = page.locator('#search-page-input');
  const long = `drift ${'monitoring '.repeat(2000)}`;
  await input.fill(long);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(MAX_QUERY);
  expect(new URL(page.url()).searchParams.get('q')).toBe(long.slice(0, MAX_QUERY));
  const reload = await page.reload();
  expect(reload?.status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
});

test('/search/ results: axe finds no violations, and a group does not repeat its page title as its first result', async ({ page }) => {
  // Axe over the results only (the rest of the page is every-page.spec.ts's), in both schemes on one load.
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, '/search/?q=drift');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  expect(await axeViolations(page, undefined, '[aria-label="Search results"]'), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await axeViolations(page, THEME_RULES, '[aria-label="Search results"]'), 'dark').toEqual([]);
  const groups = page.getByRole('region', { name: 'Search results' }).locator(':scope > div');
  expect(await groups.count()).toBeGreaterThan(1);
  for (const group of await groups.all()) {
    const title = (await group.locator('h2 a').textContent())!.trim();
    const hitTitles = await group.locator('[data-search-result] > span:first-child').allTextContents();
    expect(hitTitles.map((t) => t.trim()), title).not.toContain(title);
  }
  // The page's own intro reads as such under its title.
  await expect(page.locator('[data-search-result="/pitfalls/data-drift/"]').locator('span').first()).toHaveText('Introduction');
});
