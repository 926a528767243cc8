import { expect, test } from '@playwright/test';
import { watchCsp } from './csp';
import { gotoHydrated } from './hydration';

/**
 * Every HTML page of the export carries a strict Content-Security-Policy (scripts by hash, no inline styles): each
 * page loads with zero violations in every-page.spec.ts; this test uses every interactive feature.
 */
test('hydration, search dialog, copy controls, diagram view and theme toggle: zero violations', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchCsp(page);

  await gotoHydrated(page, '/templates/recommendation-template/');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search patterns, pitfalls and sections' }).fill('drift');
  const dialog = page.locator('dialog[data-search-dialog]');
  await expect(dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  // The first Escape clears the search field, the second closes the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.locator('[data-copy-link]').first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${baseURL}/templates/recommendation-template/\\?v=[0-9a-f]+#`));

  await page.locator('[data-diagram-open]').first().click();
  const view = page.getByRole('dialog', { name: 'Recommendation System Template' });
  await expect(view.getByRole('img')).toBeVisible();
  await view.getByRole('button', { name: 'Zoom in' }).click();
  await page.keyboard.press('Escape');

  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveClass(/dark/);

  expect(await violations()).toEqual([]);
});

// Alias redirects arrive with zero violations too: every-page.spec.ts, "pages outside the sitemap".
test('the search page shows results with zero violations', async ({ page }) => {
  const violations = await watchCsp(page);
  await gotoHydrated(page, '/search/?q=feature%20store');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the policy is enforced: a script injected into a page does not run', async ({ page }) => {
  const violations = await watchCsp(page);
  await gotoHydrated(page, '/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toEqual([expect.stringMatching(/^Executing inline script violates/), expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
});
