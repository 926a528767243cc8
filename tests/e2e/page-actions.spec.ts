import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import type { Entry } from '../../lib/content/types';
import { PHASE_LABEL } from '../../lib/review/model';
import { ROOT } from '../helpers/built-site';
import { gotoHydrated } from './hydration';
import { currentVersion } from './site-pages';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const twin = readFileSync(path.join(ROOT, 'out/pitfalls/label-leakage.md'), 'utf8');
const leakage = (JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as { entries: Entry[] }).entries.find((e) => e.id === 'label-leakage')!;
const menu = (page: Page) => page.locator('details[data-page-actions]');
const summary = (page: Page) => page.getByText('Page actions', { exact: true });

test('"Copy page as Markdown" copies the page\'s Markdown twin, "Copy link" its URL', async ({ page, baseURL }) => {
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  await summary(page).click();
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Page copied as Markdown' })).toBeVisible();
  const copied = await clipboard(page);
  expect(copied).toBe(twin);
  expect(copied).toMatch(/^---\ntitle: Label Leakage\n/);
  expect(copied).toContain('\n# Label Leakage\n');
  expect(copied).toContain('\n## Solution {#solution}\n');
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}/pitfalls/label-leakage/`);
});

test('"View as Markdown" is a plain link to the twin, served as text/markdown', async ({ page, request }) => {
  await page.goto('/pitfalls/label-leakage/');
  // In the closed menu; a plain link, so it works without JavaScript.
  const link = page.locator('details[data-page-actions] a');
  await expect(link).toHaveText('View as Markdown');
  await expect(link).toHaveAttribute('href', '/pitfalls/label-leakage.md');
  const response = await request.get('/pitfalls/label-leakage.md');
  expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect(await response.text()).toBe(twin);
});

test('"Copy section as Markdown" copies the heading, its content down to the next heading of its level, and a citation', async ({ page, baseURL }) => {
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  const control = page.locator('[data-md-action="copy-section"][data-section="solution"]');
  await expect(control).toHaveAccessibleName('Copy section “Solution” as Markdown');
  await control.click();
  await expect(page.getByRole('status').filter({ hasText: 'Section copied as Markdown' })).toBeVisible();
  const section = await clipboard(page);
  expect(section.startsWith('## Solution\n\nProper time-based splits, feature auditing\n\n### Proper time-based splits\n\nSplit by time, not at random')).toBe(true);
  expect(section).toContain('\n### Feature auditing\n');
  expect(section).not.toContain('## Symptoms');
  expect(section).not.toContain('{#');
  expect(section.endsWith(`\n\nSource: [Label Leakage › Solution](${baseURL}/pitfalls/label-leakage/?v=${currentVersion('/pitfalls/label-leakage/', 'solution')}#solution)\n`)).toBe(true);

  // An h3 ends at the next h2 as well as at the next h3.
  await page.locator('[data-md-action="copy-section"][data-section="feature-auditing"]').click();
  await expect.poll(() => clipboard(page)).toMatch(/^### Feature auditing\n\nReview every feature/);
  expect(await clipboard(page)).not.toContain('## Symptoms');
});

test('review questions copy as task-list items with their anchors', async ({ page, baseURL }) => {
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  await page.locator('[data-md-action="copy-section"][data-section="review-questions"]').click();
  // The item as the content has it now, so the test follows edits to the question's wording.
  const item = leakage.reviewItems.find((i) => i.id === 'leakage-row-alignment')!;
  await expect.poll(() => clipboard(page)).toContain(`- [ ] ${item.text} (${item.severity} · ${PHASE_LABEL[item.phase].toLowerCase()}) — ${item.why}`);
  expect(await clipboard(page)).toContain(`[#leakage-row-alignment](http://localhost:3000/pitfalls/label-leakage/#leakage-row-alignment)`);
  expect(await clipboard(page)).toContain(`Source: [Label Leakage › Review questions](${baseURL}/pitfalls/label-leakage/?v=${currentVersion('/pitfalls/label-leakage/', 'review-questions')}#review-questions)`);
});

test('the page menu works from the keyboard: Enter and Space open it, Escape closes it and returns focus', async ({ page }) => {
  await gotoHydrated(page, '/systems/fraud-detection/');
  const copyPage = page.getByRole('button', { name: 'Copy page as Markdown' });
  await summary(page).focus();
  await page.keyboard.press('Enter');
  await expect(copyPage).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(copyPage).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu(page)).not.toHaveAttribute('open');
  await expect(summary(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(copyPage).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toBe(readFileSync(path.join(ROOT, 'out/systems/fraud-detection.md'), 'utf8'));
  // A click elsewhere closes it too.
  await page.locator('main h1').click();
  await expect(menu(page)).not.toHaveAttribute('open');
});

test('Escape and a click elsewhere close the page menu before the copy code has loaded', async ({ page }) => {
  await gotoHydrated(page, '/systems/fraud-detection/');
  // The code the first click loads never arrives (a slow connection, exaggerated): the menu must not depend on it.
  await page.route('**/_next/static/chunks/**', (route) => route.abort());
  await summary(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu(page)).not.toHaveAttribute('open');
  await expect(summary(page)).toBeFocused();
  await summary(page).click();
  await expect(menu(page)).toHaveAttribute('open');
  await page.locator('main h1').click();
  await expect(menu(page)).not.toHaveAttribute('open');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the page menu open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await gotoHydrated(page, '/pitfalls/label-leakage/');
    await summary(page).click();
    await expect(page.getByRole('link', { name: 'View as Markdown' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
