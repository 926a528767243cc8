import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, THEME_RULES } from './axe';
import type { Capability } from '../../lib/assessment/model';
import { gotoHydrated } from './hydration';

const ROOT = path.resolve(import.meta.dirname, '../..');
const maturity = (JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as { entries: { id: string; capabilities: Capability[] }[] }).entries.find(
  (e) => e.id === 'maturity',
)!;
const capabilities = maturity.capabilities;
const atLevel = (level: number) => capabilities.filter((c) => c.level === level);
const result = (page: Page) => page.getByLabel('Assessment result', { exact: true });
const question = (page: Page, c: Capability) => page.getByRole('group', { name: c.question });

async function answer(page: Page, cs: Capability[], label: 'Yes' | 'Partly' | 'No') {
  for (const c of cs) await question(page, c).getByLabel(label, { exact: true }).check();
}

test.describe('the maturity self-assessment', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('asks every capability as a yes / partly / no fieldset, grouped by level in order', async ({ page }) => {
    await gotoHydrated(page, '/assessment/');
    const groups = page.getByRole('form', { name: 'Self-assessment questions' }).getByRole('group');
    await expect(groups).toHaveCount(capabilities.length);
    for (const c of capabilities) {
      const radios = question(page, c).getByRole('radio');
      expect(await radios.evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent))).toEqual(['Yes', 'Partly', 'No']);
    }
    const headings = await page.locator('.assessment-level h2').allInnerTexts();
    expect(headings).toEqual(['Level 1: ML Pipeline Automation', 'Level 2: CI/CD for ML', 'Level 3: Full MLOps']);
    await expect(result(page)).toContainText('Level 0');
  });

  test('the result is the highest level with every question below answered yes, and a Level 1 gap holds a team at 0', async ({ page }) => {
    // Every question answered Yes through the URL (answering by clicking is the next test's), then one click.
    await gotoHydrated(page, `/assessment/?${capabilities.map((c) => `${c.id}=y`).join('&')}`);
    await expect(result(page).locator('[data-assessed-level]')).toHaveText('Level 3');
    const gap = atLevel(1)[1];
    await question(page, gap).getByLabel('Partly', { exact: true }).check();
    await expect(result(page).locator('[data-assessed-level]')).toHaveText('Level 0');
    // The gap is named with the answer, and linked to its own capability where it is explained (not the level's heading).
    const gapItem = result(page).locator('li', { hasText: gap.question });
    await expect(gapItem).toContainText('(Partly)');
    await expect(gapItem.getByRole('link', { name: `Read: ${gap.page.title} › ${gap.section.title}` })).toHaveAttribute('href', `${gap.page.path}#${gap.id}`);
    // The level leads to the review checklist at that level.
    await expect(result(page).getByRole('link', { name: 'Open the design review checklist at Level 0' })).toHaveAttribute('href', '/review/?maturity=0');
    await expect(result(page).getByRole('heading', { name: 'Getting to Level 1' })).toBeVisible();
    await expect(result(page)).toContainText(gap.step);
    await expect(result(page)).toContainText(/You answered .Yes. to \d+ capabilities of higher levels/);
  });

  test('the answers live in the URL: a shared link reopens the same result', async ({ page }) => {
    await gotoHydrated(page, '/assessment/');
    await answer(page, atLevel(1), 'Yes');
    await question(page, atLevel(2)[0]).getByLabel('No', { exact: true }).check();
    await expect(page).toHaveURL(new RegExp(`\\?${atLevel(1).map((c) => `${c.id}=y`).join('&')}&${atLevel(2)[0].id}=n$`));
    const url = page.url();
    const other = await page.context().newPage();
    await gotoHydrated(other, url);
    await expect(result(other).locator('[data-assessed-level]')).toHaveText('Level 1');
    await expect(question(other, atLevel(2)[0]).getByLabel('No', { exact: true })).toBeChecked();
    await expect(result(other).locator('ul > li')).toHaveCount(atLevel(2).length);
    await expect(result(other).locator('ol > li')).toHaveCount(atLevel(2).length);
  });

  test('Copy as Markdown exports the level, the gaps with absolute links and every answer', async ({ page }) => {
    await gotoHydrated(page, `/assessment/?${atLevel(1).map((c) => `${c.id}=y`).join('&')}`);
    await result(page).getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(result(page).getByText('Result copied as Markdown')).toBeVisible();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toMatch(/^# MLOps maturity self-assessment: Level 1\n/);
    expect(md).toContain('## What holds the team below Level 2: CI/CD for ML');
    expect(md).toMatch(new RegExp(`\\[ \\] \\[[^\\]]+\\]\\(http[^)]+/maturity/#${atLevel(2)[0].id}\\) Answer: not answered`));
    expect(md.match(/^\| \d \| /gm)).toHaveLength(capabilities.length);
  });

  test('works by keyboard alone: Tab to a question, arrows choose the answer', async ({ page }) => {
    await gotoHydrated(page, '/assessment/');
    const first = question(page, capabilities[0]).getByLabel('Yes', { exact: true });
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(question(page, capabilities[0]).getByLabel('Partly', { exact: true })).toBeChecked();
    // Tab leaves the radio group for the next question.
    await page.keyboard.press('Tab');
    await expect(question(page, capabilities[1]).getByRole('radio').first()).toBeFocused();
  });

  test('axe finds no violations with a result showing, light and dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await gotoHydrated(page, `/assessment/?${atLevel(1).map((c) => `${c.id}=y`).join('&')}&${atLevel(2)[0].id}=p`);
    await expect(result(page).locator('[data-assessed-level]')).toHaveText('Level 1');
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await axeViolations(page, THEME_RULES), 'dark').toEqual([]);
  });
});

test.describe('the maturity self-assessment without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a printable questionnaire: every question grouped by level, and the rule for scoring it', async ({ page }) => {
    await page.goto('/assessment/');
    await expect(page.locator('fieldset')).toHaveCount(capabilities.length);
    for (const c of capabilities) await expect(question(page, c)).toBeVisible();
    await expect(result(page)).toContainText('the highest level whose questions, and those of every level below it, are all answered “Yes”');
    await expect(page.getByRole('table', { name: /./ }).or(page.getByRole('region', { name: 'Maturity levels compared' }))).toBeVisible();
  });

  test('the maturity page lists the questions in the order of the levels and links the assessment', async ({ page }) => {
    await page.goto('/maturity/');
    const order = await page.locator('.capability-list > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(order).toEqual(capabilities.map((c) => c.id));
    expect(capabilities.map((c) => c.level)).toEqual([...capabilities.map((c) => c.level)].sort());
    await expect(page.locator('#assess').locator('xpath=..')).toBeVisible();
    await expect(page.getByRole('link', { name: 'self-assessment', exact: true })).toHaveAttribute('href', '/assessment/');
  });
});
