import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
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
  // Axe over the results only (the rest of the page is every-page.spec.ts's): it is slow on a loaded machine.
  test.setTimeout(120_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoHydrated(page, '/search/?q=drift');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    const violations = (await new AxeBuilder({ page }).include('[aria-label="Search results"]').analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations, scheme).toEqual([]);
  }
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
