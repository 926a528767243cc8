import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readingOrder } from '../../lib/content/reading-order';
import { buildChecklist, systemChecklist } from '../../lib/review/checklist';
import type { Entry } from '../../lib/content/types';
import { gotoHydrated } from './hydration';

const ROOT = path.resolve(import.meta.dirname, '../..');
type SiteEntry = Pick<Entry, 'id' | 'path' | 'title' | 'kind' | 'order' | 'reviewItems' | 'system'>;
const site = JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as { entries: SiteEntry[] };
// The site lists items in reading order: the home page's, then each page's in sidebar order.
const items = [...site.entries.filter((e) => e.path === '/'), ...readingOrder(site.entries)].flatMap((e) => e.reviewItems);
const systems = site.entries.filter((e) => e.kind === 'system').map((e) => ({ id: e.id, title: e.title, serving: e.system!.serving }));

const checklist = (page: Page) => page.getByLabel('Review checklist', { exact: true });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('the checklist builder', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('choosing system, serving mode and level puts the choice in the URL and lists exactly the applicable items', async ({ page }) => {
    await page.goto('/review/');
    await page.getByLabel('System', { exact: true }).selectOption('fraud-detection');
    await page.getByLabel('Serving mode').selectOption('real-time');
    await page.getByLabel('Team maturity').selectOption('1');
    // Choosing Fraud Detection turns on its traits: adversarial users and late labels.
    await expect(page).toHaveURL(/\/review\/\?system=fraud-detection&serving=real-time&maturity=1&when=labels-late%2Cadversarial$/);
    const expected = buildChecklist(items, { system: 'fraud-detection', serving: 'real-time', maturity: 1, when: ['labels-late', 'adversarial'] }, systems);
    const rows = checklist(page).locator('li');
    await expect(rows).toHaveCount(expected.reduce((n, g) => n + g.items.length, 0));
    expect(await checklist(page).locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-review-item')))).toEqual(expected.flatMap((g) => g.items.map((i) => i.id)));
    // Phases in order, each with its count; must before should before consider inside each.
    const headings = await checklist(page).locator('h2').allInnerTexts();
    expect(headings).toEqual(expected.map((g) => expect.stringMatching(new RegExp(`\\(${g.items.length}\\)$`))));
    // Raising the level can only add items.
    await page.getByLabel('Team maturity').selectOption('3');
    expect(await rows.count()).toBeGreaterThanOrEqual(expected.reduce((n, g) => n + g.items.length, 0));
  });

  test('"Must only" shortens a long checklist to the items that block a launch, and says so in the URL', async ({ page }) => {
    await page.goto('/review/?system=fraud-detection');
    const all = buildChecklist(items, { system: 'fraud-detection', when: [] }, systems).flatMap((g) => g.items);
    await expect(checklist(page).locator('li')).toHaveCount(all.length);
    await page.getByLabel('Severity').selectOption('must');
    await expect(page).toHaveURL(/\/review\/\?system=fraud-detection&severity=must(&|$)/);
    const must = all.filter((i) => i.severity === 'must');
    expect(must.length).toBeLessThan(all.length);
    await expect(checklist(page).locator('li')).toHaveCount(must.length);
    await expect(page.locator('[data-review-summary]')).toContainText('must only');
  });

  test('a link reproduces the checklist, and unknown values fall back to "any"', async ({ page }) => {
    await page.goto('/review/?system=predictive-analytics&serving=batch&maturity=0');
    await expect(page.getByLabel('System', { exact: true })).toHaveValue('predictive-analytics');
    await expect(page.getByLabel('Serving mode')).toHaveValue('batch');
    await expect(page.getByLabel('Team maturity')).toHaveValue('0');
    const expected = buildChecklist(items, { system: 'predictive-analytics', serving: 'batch', maturity: 0, when: [] }, systems);
    await expect(checklist(page).locator('li')).toHaveCount(expected.reduce((n, g) => n + g.items.length, 0));
    await page.goto('/review/?system=nope&maturity=9');
    await expect(page.getByLabel('System', { exact: true })).toHaveValue('');
    await expect(checklist(page).locator('li')).toHaveCount(buildChecklist(items, { when: [] }, systems).reduce((n, g) => n + g.items.length, 0));
  });

  test('ticks survive a reload, belong to their checklist, and can be cleared', async ({ page }) => {
    const url = '/review/?system=recommendation-systems&maturity=2';
    await page.goto(url);
    const boxes = checklist(page).getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect(page.getByText('2 done')).toBeVisible();
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    // Another checklist has its own ticks.
    await page.goto('/review/?system=nlp-systems');
    await expect(checklist(page).getByRole('checkbox').first()).not.toBeChecked();
    await page.goto(url);
    await page.getByRole('button', { name: 'Clear ticks' }).click();
    await expect(boxes.nth(0)).not.toBeChecked();
    await page.reload();
    await expect(boxes.nth(0)).not.toBeChecked();
  });

  test('"Copy as Markdown" copies a task list whose every link resolves in the built site; Download saves the same', async ({ page }) => {
    await page.goto('/review/?system=fraud-detection&maturity=1&when=adversarial');
    // Exported links use the site's public address (SITE_URL and BASE_PATH), as its canonical links do.
    const siteUrl = (await page.locator('link[rel="canonical"]').getAttribute('href'))!.replace(/\/review\/$/, '');
    await checklist(page).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Checklist copied as Markdown' })).toBeVisible();
    const markdown = await clipboard(page);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Design review checklist: Fraud Detection, Level 1');
    expect(lines).toContain('- Conditions: Adversarial users');
    expect(lines).toContain(`- Exported ${new Date().toISOString().slice(0, 10)} from [ML System Design Atlas](${siteUrl}/review/?system=fraud-detection&maturity=1&when=adversarial)`);
    const tasks = lines.filter((l) => /^- \[[ x]\] /.test(l));
    const expected = buildChecklist(items, { system: 'fraud-detection', maturity: 1, when: ['adversarial'] }, systems).flatMap((g) => g.items);
    expect(tasks).toHaveLength(expected.length);
    expect(tasks.filter((l) => l.startsWith('- [x] '))).toHaveLength(1);
    // Every link is absolute and lands on an existing page and anchor of the export.
    const links = [...markdown.matchAll(/\]\((http[^)\s]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBe(2 * expected.length + 1);
    for (const link of links) {
      const url = new URL(link);
      expect(link.startsWith(`${siteUrl}/`), link).toBe(true);
      const file = path.join(ROOT, 'out', url.pathname, 'index.html');
      expect(existsSync(file), link).toBe(true);
      if (url.hash) expect(readFileSync(file, 'utf8'), link).toContain(`id="${url.hash.slice(1)}"`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
    expect(download.suggestedFilename()).toBe('design-review-fraud-detection.md');
    expect(readFileSync(await download.path(), 'utf8')).toBe(markdown);
  });

  test('printing gives one column of items with boxes, without navigation or controls', async ({ page }) => {
    await page.goto('/review/?system=computer-vision');
    await checklist(page).getByRole('checkbox').first().check();
    await page.emulateMedia({ media: 'print' });
    // Paper shows which checklist it is, and a ticked box stays filled (browsers drop backgrounds in print).
    await expect(page.getByText('Checklist for Computer Vision')).toBeVisible();
    const tick = await checklist(page).getByRole('checkbox').first().evaluate((box) => [getComputedStyle(box).printColorAdjust, getComputedStyle(box).backgroundColor]);
    expect(tick).toEqual(['exact', 'rgb(0, 0, 0)']);
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.getByRole('form', { name: 'Checklist choices' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
    await expect(checklist(page).getByRole('checkbox').first()).toBeVisible();
    const lefts = await checklist(page).locator('li').evaluateAll((lis) => [...new Set(lis.map((li) => Math.round(li.getBoundingClientRect().left)))]);
    expect(lefts).toHaveLength(1);
  });
});

test.describe('review items on content pages', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each item has its own anchor, copy controls and a checkbox that can be ticked', async ({ page, baseURL }) => {
    const entry = site.entries.find((e) => e.id === 'data-drift')!;
    const item = entry.reviewItems[0];
    await page.goto(`${entry.path}#${item.id}`);
    const row = page.locator(`li#${item.id}`);
    await expect(row).toBeInViewport();
    await expect(row).toContainText(item.text);
    await expect(row).toContainText(item.why);
    await row.locator(`[data-copy-link="${item.id}"]`).click();
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}${entry.path}#${item.id}`);
    await row.locator(`[data-copy-markdown="${item.id}"]`).click();
    await expect.poll(() => clipboard(page)).toBe(`[${entry.title} › ${item.text}](${baseURL}${entry.path}#${item.id})`);
    const box = row.getByRole('checkbox', { name: item.text });
    await box.check();
    await expect(box).toBeChecked();
  });

  test('a system page links its checklist', async ({ page }) => {
    await page.goto('/systems/fraud-detection/');
    await page.getByRole('link', { name: 'Review checklist for this system' }).click();
    await expect(page).toHaveURL(/\/review\/fraud-detection\/$/);
    await expect(page.locator('h1')).toHaveText('Fraud Detection design review checklist');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const system of systems) {
    test(`/review/${system.id}/ lists the whole checklist, each item marked with where it applies`, async ({ page }) => {
      await page.goto(`/review/${system.id}/`);
      const expected = systemChecklist(items, system.id).flatMap((g) => g.items);
      expect(expected.length).toBeGreaterThanOrEqual(25);
      const rows = checklist(page).locator('li');
      await expect(rows).toHaveCount(expected.length);
      await expect(rows.first().getByRole('checkbox')).toBeVisible();
      await expect(rows.first()).toContainText(/All systems|Computer Vision|Fraud Detection|NLP Systems|Predictive Analytics|Recommendation Systems|Search & Ranking/);
      await expect(rows.first()).toContainText(/From Level \d/);
      // A native checkbox ticks without JavaScript.
      await rows.first().getByRole('checkbox').check();
      await expect(rows.first().getByRole('checkbox')).toBeChecked();
    });
  }

  test('the builder page says it needs JavaScript and links every system checklist', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.getByText('The builder needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'your system’s full checklist' })).toHaveAttribute('href', '#by-system');
    for (const system of systems) await expect(page.getByRole('link', { name: new RegExp(`^${system.title} checklist`) })).toHaveAttribute('href', `/review/${system.id}/`);
  });
});

test('at 1366 px every choice of the builder shows its longest option whole', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await gotoHydrated(page, '/review/');
  const selects = page.getByRole('form', { name: 'Checklist choices' }).locator('select');
  expect(await selects.count()).toBe(4);
  for (const select of await selects.all()) {
    // The longest option's text in the select's own font, against the room inside its padding and arrow.
    const { text, room, needed } = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const longest = [...el.options].map((o) => o.text).sort((a, b) => context.measureText(b).width - context.measureText(a).width)[0];
      const arrow = 20;
      return { text: longest, needed: context.measureText(longest).width, room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow };
    });
    expect(needed, text).toBeLessThanOrEqual(room);
  }
});
