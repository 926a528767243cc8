import { expect, test } from '@playwright/test';
import { currentVersion } from './site-pages';

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
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/atlas/pitfalls/label-leakage/?v=${currentVersion('/pitfalls/label-leakage/', 'solution', 'out-base')}#solution`);
  await page.goto('/atlas/systems/search-ranking/#at-a-glance');
  await expect(page).toHaveURL(`${baseURL}/atlas/systems/search-and-ranking/#at-a-glance`);
  await expect(page.locator('h2#at-a-glance')).toBeInViewport();
  expect(failed).toEqual([]);
});

test('under /atlas/ the Markdown twin is linked, fetched and copied with the base path, its links absolute', async ({ page, baseURL }) => {
  await page.goto('/atlas/pitfalls/label-leakage/');
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', 'https://docs.example.com/atlas/pitfalls/label-leakage.md');
  await expect(page.locator('details[data-page-actions] a')).toHaveAttribute('href', '/atlas/pitfalls/label-leakage.md');
  const twin = await (await page.request.get('/atlas/pitfalls/label-leakage.md')).text();
  expect(twin).toContain('url: https://docs.example.com/atlas/pitfalls/label-leakage/');
  expect(twin).toContain('](https://docs.example.com/atlas/pitfalls/training-serving-skew/)');
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-label', /^Switch to/);
  await page.locator('[data-md-action="copy-section"][data-section="problem"]').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^## Problem\n\nFuture information in training features\n/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Source: [Label Leakage › Problem](${baseURL}/atlas/pitfalls/label-leakage/?v=${currentVersion('/pitfalls/label-leakage/', 'problem', 'out-base')}#problem)`);
  const llms = await (await page.request.get('/atlas/llms.txt')).text();
  expect(llms).toContain('- [Label Leakage](https://docs.example.com/atlas/pitfalls/label-leakage.md): ');
});

test('the search form submits to the base path, and the index core and parts load from under it', async ({ page, baseURL }) => {
  const index: string[] = [];
  page.on('response', (r) => /\/search-(data|parts)\//.test(r.url()) && index.push(`${r.status()} ${new URL(r.url()).pathname}`));
  await page.goto('/atlas/');
  await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('drift');
  await page.getByRole('searchbox', { name: 'Search the atlas' }).press('Enter');
  await expect(page).toHaveURL(`${baseURL}/atlas/search/?q=drift`);
  await expect(page.locator('[data-search-result]').first()).toHaveAttribute('href', /^\/atlas\//);
  expect(index[0]).toBe('200 /atlas/search-data/core.json');
  expect(index.length).toBeGreaterThan(1);
  expect(index.slice(1).every((r) => /^200 \/atlas\/search-parts\/[0-9a-f]{12}\/[tps]\d+\.json$/.test(r))).toBe(true);
});
