import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('under /atlas/ pages, assets, links, anchors and copy links all carry the base path', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto('/atlas/');
  await expect(page.locator('main h1')).toHaveText('ML System Design Atlas');
  // Styles applied: the stylesheet loaded from under the base path.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).position)).toBe('sticky');
  await page.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Label Leakage' }).click();
  await expect(page).toHaveURL(`${baseURL}/atlas/pitfalls/label-leakage/`);
  await page.locator('[data-copy-link="solution"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/atlas/pitfalls/label-leakage/#solution`);
  await page.goto('/atlas/systems/search-ranking/#at-a-glance');
  await expect(page).toHaveURL(`${baseURL}/atlas/systems/search-and-ranking/#at-a-glance`);
  await expect(page.locator('h2#at-a-glance')).toBeInViewport();
  expect(failed).toEqual([]);
});

test('the search form submits to the base path', async ({ page, baseURL }) => {
  await page.goto('/atlas/');
  await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('drift');
  await page.getByRole('searchbox', { name: 'Search the atlas' }).press('Enter');
  await expect(page).toHaveURL(`${baseURL}/atlas/search/?q=drift`);
});
