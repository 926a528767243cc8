import { expect, type Page } from '@playwright/test';

/** Waits until React has hydrated the page: the theme toggle only learns its label in the browser. */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-label', /^Switch to/);
}
