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
