import { expect, test, type Page } from '@playwright/test';
import { passes, relevanceCases } from '../helpers/search-engine';
import { gotoHydrated } from './hydration';

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const results = (page: Page) => dialog(page).getByRole('listbox', { name: 'Search results' }).getByRole('option');
const input = (page: Page) => page.getByRole('combobox', { name: 'Search patterns, pitfalls and sections' });

test('keyboard only: the shortcut opens search, arrows pick a section, Enter lands on its heading', async ({ page }) => {
  await gotoHydrated(page, '/patterns/feature-store/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
  await page.keyboard.type('time based splits');
  const options = results(page);
  await expect(options.first()).toBeVisible();
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const target = (await options.first().getAttribute('data-search-option'))!;
  expect(target).toBe('/pitfalls/label-leakage/#time-based-splits');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pitfalls\/label-leakage\/#time-based-splits$/);
  await expect(page.locator('h3#time-based-splits')).toBeInViewport();
  await expect(dialog(page)).toBeHidden();
});

test('"/" opens search; Esc closes it and returns focus; focus stays inside while open', async ({ page }) => {
  await gotoHydrated(page, '/');
  const trigger = page.locator('[data-search-entry]');
  await trigger.focus();
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();
  // "/" typed into a form field is just a slash.
  await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('a/b');
  await expect(dialog(page)).toHaveCount(0);
});

test('results are grouped by page with highlighted matches, and the kind filter narrows them', async ({ page }) => {
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  await input(page).fill('drift');
  const groups = dialog(page).getByRole('group');
  await expect(groups.first()).toBeVisible();
  expect(await groups.count()).toBeGreaterThan(2);
  await expect(dialog(page).locator('mark').first()).toHaveText(/drift/i);
  await dialog(page).getByRole('combobox', { name: 'Filter by kind' }).selectOption('pitfall');
  // The filtered results replace the others on a later render (useSearchResults), not in the change event's.
  const urls = () => results(page).evaluateAll((os) => os.map((o) => o.getAttribute('data-search-option')));
  await expect.poll(async () => (await urls()).every((u) => u?.startsWith('/pitfalls/')), { message: 'only pitfalls listed' }).toBe(true);
  expect((await urls()).length).toBeGreaterThan(0);
});

test('markup typed into search stays text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  await input(page).fill('<img src=x onerror=alert(1)> </script><script>alert(2)</script>');
  await expect(input(page)).toHaveValue('<img src=x onerror=alert(1)> </script><script>alert(2)</script>');
  await expect(dialog(page).getByRole('status')).not.toHaveText('Loading the index…');
  expect(await dialog(page).locator('img, script').count()).toBe(0);
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.getByRole('status')).not.toHaveText('');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('search code and index load on first use, not with the page; a query fetches only the index parts it needs, once', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await gotoHydrated(page, '/pitfalls/cold-start/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => /\/search-(data|parts)\//.test(u))).toEqual([]);
  const before = requested.length;
  await page.keyboard.press('Control+k');
  await input(page).fill('leak');
  await expect(results(page).first()).toBeVisible();
  const index = () => requested.slice(before).filter((u) => /\/search-(data|parts)\//.test(u)).map((u) => new URL(u).pathname);
  const first = index();
  // The core, then a few of the sharded index's ≈600 parts (the whole file is for the MCP server, not the browser):
  // "leak"'s words and forms, and the headings of the results shown.
  expect(first[0]).toBe('/search-data/core.json');
  expect(first.slice(1).length).toBeGreaterThan(0);
  expect(first.slice(1).length).toBeLessThan(30);
  expect(first.slice(1).every((p) => /^\/search-parts\/[0-9a-f]{12}\/[tps]\d+\.json$/.test(p))).toBe(true);
  expect(new Set(first).size).toBe(first.length);
  // The same query again, and a query of another word: nothing fetched twice; the other word's parts only.
  await input(page).fill('');
  await input(page).fill('leak');
  await expect(results(page).first()).toBeVisible();
  expect(index()).toEqual(first);
  await input(page).fill('quantization');
  await expect(page.locator('[data-search-results-for="quantization"] [role="option"]').first()).toBeVisible();
  expect(new Set(index()).size).toBe(index().length);
  expect(index().length).toBeGreaterThan(first.length);
});

test('the count says how many sections have every word, and a corrected query is shown whole', async ({ page }) => {
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  const status = dialog(page).getByRole('status');
  await input(page).fill('label leakage');
  await expect(status).toHaveText(/^\d+ sections have every word, \d+ more have some\.$/);
  await input(page).fill('labl leakage');
  await expect(status).toContainText('(showing results for “label leakage”)');
  await page.goto('/search/?q=labl+leakage');
  await expect(page.getByRole('status')).toContainText('(showing results for “label leakage”)');
});

test("a page's further sections sit under its best one, without snippets", async ({ page }) => {
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  await input(page).fill('label leakage');
  const group = dialog(page).getByRole('group').first();
  await expect(group.getByRole('option')).toHaveCount(3);
  // The best section: its title and a snippet; the others: their title only.
  await expect(group.getByRole('option').first().locator(':scope > span')).toHaveCount(2);
  await expect(group.getByRole('option').nth(1).locator(':scope > span')).toHaveCount(1);
  await expect(group.getByRole('option').nth(2).locator(':scope > span')).toHaveCount(1);
});

test('with no results the dialog is only as tall as what it says', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  await input(page).fill('qqqqxz');
  await expect(dialog(page).getByRole('status')).toHaveText('No results for “qqqqxz”.');
  const box = (await dialog(page).boundingBox())!;
  const content = await dialog(page).evaluate((d) => (d.firstElementChild as HTMLElement).getBoundingClientRect().height);
  expect(box.height).toBeLessThanOrEqual(content + 4);
  expect(box.height).toBeLessThan(320);
});

test.describe('the search page', () => {
  // One load for every case: each case is typed into the page's box, as a reader refines a query. Loading
  // /search/?q= afresh per case built the word index in the browser each time (most of each test's cost).
  test('ranks an expected section in the first three results for every shared relevance case', async ({ page }) => {
    const cases = relevanceCases();
    test.slow();
    await gotoHydrated(page, `/search/?q=${encodeURIComponent(cases[0].q)}`);
    const box = page.getByRole('searchbox', { name: 'Search the atlas' });
    const region = page.getByRole('region', { name: 'Search results' });
    const topThree = () =>
      region.locator('[data-search-result]').evaluateAll((links) =>
        links.slice(0, 3).map((a) => `${a.closest('div')?.querySelector('h2')?.textContent ?? ''} › ${a.querySelector('span')?.textContent ?? ''}`),
      );
    for (const { q, expect: expected } of cases) {
      await box.fill(q);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
      // Results follow the query within a frame or two; poll until the top three hold an expected title.
      await expect.soft.poll(async () => passes(await topThree(), expected) || (await topThree()).join(' | '), { message: q }).toBe(true);
    }
  });

  test('typing replaces the URL, the URL is shareable and Back leaves the page', async ({ page, baseURL }) => {
    await page.goto('/pitfalls/cold-start/');
    await gotoHydrated(page, '/search/');
    const box = page.getByRole('searchbox', { name: 'Search the atlas' });
    await box.fill('skew');
    await expect(page).toHaveURL(`${baseURL}/search/?q=skew`);
    await box.fill('feature store');
    await expect(page).toHaveURL(`${baseURL}/search/?q=feature+store`);
    const link = page.getByRole('region', { name: 'Search results' }).locator('a[href="/patterns/feature-store/"]').first();
    await expect(link).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/pitfalls\/cold-start\/$/);
  });

  test('no results says so, offers the closest terms and the entries', async ({ page }) => {
    await page.goto('/search/?q=qwertyuiop');
    await expect(page.getByRole('status')).toContainText('No results for “qwertyuiop”');
    await expect(page.getByRole('heading', { name: 'All entries' })).toBeVisible();
    await page.goto('/search/?q=skeew+monitorin');
    await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows a working form and every entry', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.locator('main a[href="/pitfalls/label-leakage/"]')).toBeVisible();
    expect(await page.locator('main a[href^="/systems/"]').count()).toBeGreaterThanOrEqual(6);
    await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('drift');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=drift/);
  });
});
