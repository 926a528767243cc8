import { expect, test } from '@playwright/test';
import { axeViolations, markRepeatedItems } from './axe';

// axe leaves out list items whose rendering repeats one it checks (axe.ts): what differs must still be checked.
test('axe checks a repeated list item once, and any item whose rendering differs', async ({ page }) => {
  await page.goto('/review/fraud-detection/');
  const items = page.locator('main li');
  const total = await items.count();
  const repeats = await page.evaluate(markRepeatedItems, 'data-axe-repeat-probe');
  // Most of the checklist repeats a rendering; a handful of distinct ones (Must/Should/Could, phases) stay.
  expect(repeats).toBeGreaterThan(total / 2);
  expect(await axeViolations(page, ['color-contrast'])).toEqual([]);

  // A late item drawn in a faint grey no longer repeats anything: axe checks it and finds it.
  const late = page.locator('main li.review-item').last();
  await late.scrollIntoViewIfNeeded();
  // Set through the CSSOM: the page's policy refuses style attributes.
  await late.locator('label').evaluate((label) => { label.style.color = '#e5e7eb'; });
  const found = await axeViolations(page, ['color-contrast']);
  expect(found.join('\n')).toMatch(/^color-contrast/);
});

// The sidebar's links repeat one rendering too: a link drawn differently is still checked.
test('axe checks the sidebar\'s repeated links once, and a link whose rendering differs', async ({ page }) => {
  await page.goto('/pitfalls/label-leakage/');
  const links = page.getByRole('navigation', { name: 'Site', exact: true }).locator('li');
  expect(await page.evaluate(markRepeatedItems, 'data-axe-repeat-probe')).toBeGreaterThan((await links.count()) / 2);
  expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  const late = links.locator('a:visible').last();
  await late.evaluate((link) => { link.style.color = '#e5e7eb'; });
  expect((await axeViolations(page, ['color-contrast'])).join('\n')).toMatch(/^color-contrast/);
});
