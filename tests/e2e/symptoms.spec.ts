import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readingOrder } from '../../lib/content/reading-order';
import type { SiteData } from '../../lib/content/types';
import { navigatorSymptoms } from '../../lib/symptoms/model';
import { gotoHydrated } from './hydration';

const ROOT = path.resolve(import.meta.dirname, '../..');
const site = JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as SiteData;
const symptoms = navigatorSymptoms(site.symptoms, readingOrder(site.entries));
const first = symptoms[0];

const symptomSection = (page: Page, id: string) => page.locator(`main section[data-symptom="${id}"]`);

test.describe('the symptom navigator without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every symptom with its pitfalls and checks, and its links land on the sections that explain the checks', async ({ page }) => {
    await page.goto('/symptoms/');
    await expect(page.locator('main h1')).toHaveText('Symptom navigator');
    await expect(page.locator('main section[data-symptom] h2')).toHaveText(symptoms.map((s) => s.phrase));
    for (const symptom of symptoms) {
      const causes = symptomSection(page, symptom.id).locator('li[data-cause]');
      await expect(causes).toHaveCount(symptom.causes.length);
      for (const [i, cause] of symptom.causes.entries()) await expect(causes.nth(i)).toContainText(cause.check);
    }
    // The index at the top jumps to a symptom; a cause's link lands on the pitfall's Detection section.
    await page.getByRole('navigation', { name: 'Symptoms' }).getByRole('link', { name: first.phrase }).click();
    await expect(page).toHaveURL(new RegExp(`/symptoms/#${first.id}$`));
    await expect(page.locator(`h2#${first.id}`)).toBeInViewport();
    const cause = first.causes[0];
    await symptomSection(page, first.id).getByRole('link', { name: `${cause.page.title} › ${cause.section.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`${cause.page.path}#${cause.section.id}$`));
    await expect(page.locator(`h2#${cause.section.id}`)).toBeInViewport();
  });

  test('a pitfall page leads from each of its symptoms to the navigator', async ({ page }) => {
    const pitfall = site.entries.find((e) => e.id === 'label-leakage')!;
    await page.goto(pitfall.path);
    const items = page.locator('main li[data-symptom]');
    await expect(items).toHaveCount(pitfall.symptoms.length);
    const symptom = pitfall.symptoms[0];
    await items.first().getByRole('link', { name: site.symptoms.find((t) => t.id === symptom.id)!.phrase }).click();
    await expect(page).toHaveURL(new RegExp(`/symptoms/#${symptom.id}$`));
    await expect(symptomSection(page, symptom.id).locator(`li[data-cause="${pitfall.id}"]`)).toContainText(symptom.check);
  });
});

test('keyboard only: from the sidebar to a symptom, then to a pitfall\'s Detection section', async ({ page }) => {
  await gotoHydrated(page, '/pitfalls/');
  const sidebarLink = page.getByRole('navigation', { name: 'Site', exact: true }).getByRole('link', { name: 'Symptom navigator' });
  await sidebarLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/symptoms\/$/);
  await expect(sidebarLink).toHaveAttribute('aria-current', 'page');
  // Tab from the index entry of the first symptom into its section, on to the first cause's links.
  await page.getByRole('navigation', { name: 'Symptoms' }).getByRole('link', { name: first.phrase }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${first.id}$`));
  const detection = symptomSection(page, first.id).locator('li[data-cause]').first().getByRole('link').nth(1);
  for (let i = 0; i < 60 && !(await detection.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(detection).toBeFocused();
  await page.keyboard.press('Enter');
  const cause = first.causes[0];
  await expect(page).toHaveURL(new RegExp(`${cause.page.path}#${cause.section.id}$`));
});

test('search: a symptom phrased as a team says it is the first result, under the "Symptoms" filter too', async ({ page }) => {
  await gotoHydrated(page, '/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog[data-search-dialog]');
  await page.getByRole('combobox', { name: 'Search patterns, pitfalls and sections' }).fill('offline metrics good but production bad');
  const options = dialog.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toHaveAttribute('data-search-option', '/symptoms/#offline-good-production-worse');
  await dialog.getByRole('combobox', { name: 'Filter by kind' }).selectOption({ label: 'Symptoms' });
  const urls = await options.evaluateAll((os) => os.map((o) => o.getAttribute('data-search-option')));
  expect(urls[0]).toBe('/symptoms/#offline-good-production-worse');
  expect(urls.every((u) => u?.startsWith('/symptoms/'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/symptoms\/#offline-good-production-worse$/);
});
