import { expect, test } from '@playwright/test';

test('the changelog lists changes by day, newest first, and its links open the pages it names', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Changelog' }).click();
  await expect(page).toHaveURL(/\/changelog\/$/);
  await expect(page.locator('main h1')).toHaveText('Changelog');
  const days = await page.locator('main h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(days.length).toBeGreaterThan(1);
  expect([...days].sort().reverse()).toEqual(days);
  // A correction names its pages; following one lands on that page, which shows when it was reviewed.
  const change = page.locator('main section li', { hasText: 'Wasserstein distance is not bounded' });
  // Links take the accent colour from the list (one class for the page, not one per link): they stand out from the text.
  const colors = (locator: ReturnType<typeof page.locator>) => locator.evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a.parentElement!).color]);
  const pageLink = change.getByRole('link', { name: 'Data Drift' });
  const [linkColor, textColor] = await colors(pageLink);
  expect(linkColor).not.toBe(textColor);
  const [diffLinkColor, diffTextColor] = await colors(page.locator('main details a').first());
  expect(diffLinkColor).toBe(linkColor);
  expect(diffLinkColor).not.toBe(diffTextColor);
  await pageLink.click();
  await expect(page).toHaveURL(/\/pitfalls\/data-drift\/$/);
  await expect(page.locator('main header time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('main header')).toContainText(/Reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
});

test('a day of the changelog has a link that lands on it', async ({ page }) => {
  await page.goto('/changelog/#changes-2026-11-26');
  await expect(page.locator('h2#changes-2026-11-26')).toBeInViewport();
});
