import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './hydration';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Site', exact: true });
const group = (page: Page, title: string) => sidebar(page).locator(`details[data-nav-group="${title}"]`);

test('sidebar groups fold, stay as the reader left them from page to page, and always show the current page', async ({ page }) => {
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  // Every group starts open; the title folds it (a native disclosure, keyboard included).
  await expect(sidebar(page).getByRole('link', { name: 'Fraud Detection', exact: true })).toBeVisible();
  await group(page, 'Systems').locator('summary').click();
  await expect(sidebar(page).getByRole('link', { name: 'Fraud Detection', exact: true })).toBeHidden();
  await group(page, 'Patterns').locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(sidebar(page).getByRole('link', { name: 'Feature Store', exact: true })).toBeHidden();

  // A client navigation and a reload keep both folded.
  await sidebar(page).getByRole('link', { name: 'Cold Start', exact: true }).click();
  await expect(page).toHaveURL(/\/pitfalls\/cold-start\/$/);
  await expect(group(page, 'Systems')).not.toHaveAttribute('open');
  await expect(group(page, 'Patterns')).not.toHaveAttribute('open');
  await page.reload();
  await expect(sidebar(page).locator('a[aria-current="page"]')).toHaveText('Cold Start');
  await expect(group(page, 'Systems')).not.toHaveAttribute('open');

  // The current page's group opens even when it was folded, without forgetting that the reader folded it.
  await group(page, 'Pitfalls').locator('summary').click();
  await expect(group(page, 'Pitfalls')).not.toHaveAttribute('open');
  await gotoHydrated(page, '/pitfalls/data-drift/');
  await expect(group(page, 'Pitfalls')).toHaveAttribute('open', '');
  await expect(sidebar(page).locator('a[aria-current="page"]')).toBeVisible();
  await gotoHydrated(page, '/systems/fraud-detection/');
  await expect(group(page, 'Systems')).toHaveAttribute('open', '');
  await expect(group(page, 'Pitfalls')).not.toHaveAttribute('open');
  await expect(group(page, 'Patterns')).not.toHaveAttribute('open');

  // Unfolded again, a group stays open.
  await group(page, 'Patterns').locator('summary').click();
  await gotoHydrated(page, '/');
  await expect(sidebar(page).getByRole('link', { name: 'Feature Store', exact: true })).toBeVisible();
});
