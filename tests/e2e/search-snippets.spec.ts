import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './hydration';

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const input = (page: Page) => page.getByRole('combobox', { name: 'Search patterns, pitfalls and sections' });

test('snippet texts load with the results they belong to: one small file per page group shown, none before', async ({ page }) => {
  const texts: string[] = [];
  page.on('request', (r) => r.url().includes('/search-text/') && texts.push(r.url()));
  await gotoHydrated(page, '/pitfalls/cold-start/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  await input(page).fill('leak');
  const groups = dialog(page).getByRole('group');
  await expect(groups.first()).toBeVisible();
  await expect(dialog(page).locator('[data-snippet-pending]')).toHaveCount(0);
  // The best section of each page group shows a snippet, with the query's word marked; each text came in once.
  const snippets = dialog(page).locator('[role="option"] > span:nth-child(2)');
  expect(await snippets.count()).toBe(await groups.count());
  await expect(snippets.first().locator('mark').first()).toHaveText(/leak/i);
  expect(new Set(texts).size).toBe(texts.length);
  expect(texts.length).toBeLessThanOrEqual(await groups.count());
  // The same results again fetch nothing more.
  const before = texts.length;
  await input(page).fill('');
  await input(page).fill('leak');
  await expect(groups.first()).toBeVisible();
  await expect(dialog(page).locator('[data-snippet-pending]')).toHaveCount(0);
  expect(texts.length).toBe(before);
});

test("a snippet's place is kept while its text loads: the results do not move when it arrives", async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-text/**', async (route) => {
    await held;
    await route.continue();
  });
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  await input(page).fill('drift');
  const options = dialog(page).getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(dialog(page).locator('[data-snippet-pending]').first()).toBeAttached();
  const boxes = () => options.evaluateAll((os) => os.map((o) => Math.round(o.getBoundingClientRect().top * 10) / 10));
  const pending = await boxes();
  release();
  await expect(dialog(page).locator('[data-snippet-pending]')).toHaveCount(0);
  await expect(dialog(page).locator('[role="option"] > span:nth-child(2) mark').first()).toBeVisible();
  expect(await boxes()).toEqual(pending);
});

test('the search page shows every result with its snippet', async ({ page }) => {
  await page.goto('/search/?q=seasonality');
  const results = page.getByRole('region', { name: 'Search results' }).locator('[data-search-result]');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-snippet-pending]')).toHaveCount(0);
  await expect(results.first().locator('mark').first()).toHaveText(/seasonality/i);
});
