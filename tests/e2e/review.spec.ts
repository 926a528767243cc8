import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { readingOrder } from '../../lib/content/reading-order';
import { buildChecklist, systemChecklist } from '../../lib/review/checklist';
import type { ReviewChoice } from '../../lib/review/choice';
import { exportLengths } from '../../lib/review/export-lengths';
import { catalogueVersion } from '../../lib/review/item-version';
import { newReview, type RecordItem } from '../../lib/review/record';
import { reviewList } from '../../lib/review/review-list';
import type { Entry } from '../../lib/content/types';
import { gotoHydrated } from './hydration';

const ROOT = path.resolve(import.meta.dirname, '../..');
type SiteEntry = Pick<Entry, 'id' | 'path' | 'title' | 'kind' | 'order' | 'reviewItems' | 'system' | 'versions'>;
const site = JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as { entries: SiteEntry[] };
// The site lists items in reading order: the home page's, then each page's in sidebar order.
const items: RecordItem[] = [...site.entries.filter((e) => e.path === '/'), ...readingOrder(site.entries)].flatMap((e) => e.reviewItems);
const systems = site.entries.filter((e) => e.kind === 'system').map((e) => ({ id: e.id, title: e.title, serving: e.system!.serving, traits: e.system!.traits }));

const checklist = (page: Page) => page.getByLabel('Review checklist', { exact: true });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

const count = (expected: { length: number }) => expected.length;
/** The builder's list for a choice, as the page computes it: the core list (or the full one), in phase order. */
const listFor = (choice: ReviewChoice, list: 'core' | 'full' = 'core') => {
  const review = { ...newReview({ id: 'x', name: 'x', choice, atlas: 'x', now: 'x', list }) };
  return reviewList(items, review, systems).flatMap((g) => g.entries.map((e) => e.item.id));
};
const row = (page: Page, id: string) => checklist(page).locator(`li[data-item-id="${id}"]`);
/** Opens the builder and waits until its review is open (the list renders in the browser, which can be slow under load). */
async function openBuilder(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByLabel('Review name')).toBeVisible({ timeout: 30_000 });
}

test.describe('the review builder', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('choosing system, serving mode and level puts the choice in the URL and opens on the core list; "Show all" lists every applicable item', async ({ page }) => {
    await openBuilder(page, '/review/');
    await page.getByLabel('System', { exact: true }).selectOption('fraud-detection');
    await page.getByLabel('Serving mode').selectOption('real-time');
    await page.getByLabel('Team maturity').selectOption('1');
    // Choosing Fraud Detection turns on its traits: adversarial users and late labels.
    await expect(page).toHaveURL(/\/review\/\?system=fraud-detection&serving=real-time&maturity=1&when=labels-late%2Cadversarial$/);
    const choice: ReviewChoice = { system: 'fraud-detection', serving: 'real-time', maturity: 1, when: ['labels-late', 'adversarial'] };
    const core = listFor(choice);
    const full = buildChecklist(items, choice, systems).flatMap((g) => g.items.map((i) => i.id));
    expect(core.length).toBeLessThan(full.length);
    await expect(checklist(page).locator('li')).toHaveCount(count(core));
    expect(await checklist(page).locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item-id')))).toEqual(core);
    await page.getByRole('button', { name: `Show all ${full.length} items` }).click();
    await expect(checklist(page).locator('li')).toHaveCount(full.length);
    expect(await checklist(page).locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item-id')))).toEqual(listFor(choice, 'full'));
    // Per item: the four statuses by name and a note.
    const first = row(page, core[0]);
    for (const name of ['Met', 'Partly', 'Not met', 'N/A']) await expect(first.getByRole('radio', { name, exact: true })).toBeVisible();
    await expect(first.getByRole('textbox', { name: /^Note/ })).toBeVisible();
  });

  test('a status and a note belong to the review: they survive a filter change and a reload, and stay listed outside the filter', async ({ page }) => {
    await openBuilder(page, '/review/?system=recommendation-systems&maturity=2');
    const choice: ReviewChoice = { system: 'recommendation-systems', maturity: 2, when: [] };
    const shouldItem = items.find((i) => listFor(choice).includes(i.id) && i.severity !== 'must') ?? items.find((i) => listFor(choice).includes(i.id))!;
    await row(page, shouldItem.id).getByRole('radio', { name: 'Not met', exact: true }).check();
    await row(page, shouldItem.id).getByRole('textbox', { name: /^Note/ }).fill('Owner: "data team"; see *runbook*.');
    // "Must only" leaves the item out of the list, but a recorded item stays, marked so.
    await page.getByLabel('Severity').selectOption('must');
    await expect(page).toHaveURL(/severity=must/);
    const kept = row(page, shouldItem.id);
    await expect(kept.getByRole('radio', { name: 'Not met', exact: true })).toBeChecked();
    if (shouldItem.severity !== 'must') await expect(kept).toContainText('Outside the current list');
    await page.reload();
    await expect(page.getByLabel('Severity')).toHaveValue('must');
    await expect(row(page, shouldItem.id).getByRole('radio', { name: 'Not met', exact: true })).toBeChecked();
    await expect(row(page, shouldItem.id).getByRole('textbox', { name: /^Note/ })).toHaveValue('Owner: "data team"; see *runbook*.');
  });

  test('Markdown export → clear storage → import restores name, choice, statuses, notes and own items; the clipboard also has rich text', async ({ page }) => {
    await openBuilder(page, '/review/?system=fraud-detection&maturity=1&when=adversarial');
    const choice: ReviewChoice = { system: 'fraud-detection', maturity: 1, when: ['adversarial'] };
    const ids = listFor(choice);
    await page.getByLabel('Review name').fill('Fraud v2 "launch" review');
    await row(page, ids[0]).getByRole('radio', { name: 'Not met', exact: true }).check();
    await row(page, ids[0]).getByRole('textbox', { name: /^Note/ }).fill('No refresh rule yet.\n> quoted\n- **bold** [link](https://example.com)');
    await row(page, ids[1]).getByRole('radio', { name: 'N/A', exact: true }).check();
    await page.getByLabel('Your question').fill('Is the vendor *SLA* written down?');
    await page.getByLabel('In phase').selectOption('serving');
    await page.getByLabel('Must, should or consider').selectOption('must');
    await page.getByRole('button', { name: 'Add item' }).click();
    const own = checklist(page).locator('li[data-item-id="own-1"]');
    await expect(own).toContainText('Is the vendor *SLA* written down?');
    await own.getByRole('radio', { name: 'Met', exact: true }).check();

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Review copied' })).toBeVisible();
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { types: item.types, html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    expect(clip.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
    // The browser hands back the HTML re-serialised, with its own escaping.
    expect(clip.html).toContain('<h1>Design review: Fraud v2 "launch" review</h1>');
    expect(clip.html).toMatch(/<h2>Summary<\/h2>/);
    const markdown = clip.text;
    expect(markdown.split('\n')[0]).toBe('# Design review: Fraud v2 "launch" review');
    expect(markdown).toContain('**1 blocking finding** (must items Not met):');
    // Every link is absolute and lands on an existing page and anchor of the export.
    const siteUrl = (await page.locator('link[rel="canonical"]').getAttribute('href'))!.replace(/\/review\/$/, '');
    for (const link of [...markdown.matchAll(/\]\((http[^)\s]+)\)/g)].map((m) => m[1]).filter((l) => l.startsWith(siteUrl))) {
      const url = new URL(link);
      const file = path.join(ROOT, 'out', url.pathname, 'index.html');
      expect(existsSync(file), link).toBe(true);
      if (url.hash) expect(readFileSync(file, 'utf8'), link).toContain(`id="${url.hash.slice(1)}"`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
    expect(download.suggestedFilename()).toBe('design-review-fraud-v2-launch-review.md');
    expect(readFileSync(await download.path(), 'utf8')).toBe(markdown);

    // A new browser profile, as a teammate would have: nothing stored.
    await page.evaluate(() => window.localStorage.clear());
    await openBuilder(page, '/review/');
    await expect(page.getByLabel('Review name')).not.toHaveValue('Fraud v2 "launch" review');
    await page.getByRole('button', { name: 'Import review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await dialog.getByRole('textbox', { name: /Paste a review/ }).fill(markdown);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Imported “Fraud v2 "launch" review”: 3 items with a status or note, 1 own item.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByLabel('Review name')).toHaveValue('Fraud v2 "launch" review');
    await expect(page).toHaveURL(/\/review\/\?system=fraud-detection&maturity=1&when=adversarial$/);
    await expect(row(page, ids[0]).getByRole('radio', { name: 'Not met', exact: true })).toBeChecked();
    await expect(row(page, ids[0]).getByRole('textbox', { name: /^Note/ })).toHaveValue('No refresh rule yet.\n> quoted\n- **bold** [link](https://example.com)');
    await expect(row(page, ids[1]).getByRole('radio', { name: 'N/A', exact: true })).toBeChecked();
    await expect(checklist(page).locator('li[data-item-id="own-1"]').getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
  });

  test('JSON download imports back from a file, as a second review next to the first', async ({ page }) => {
    await openBuilder(page, '/review/?system=nlp-systems');
    const ids = listFor({ system: 'nlp-systems', when: [] });
    await row(page, ids[0]).getByRole('radio', { name: 'Partly', exact: true }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .json' }).click()]);
    const file = await download.path();
    await page.getByRole('button', { name: 'Import review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await dialog.getByLabel('Or choose a file').setInputFiles(file);
    await expect(dialog.getByRole('textbox', { name: /Paste a review/ })).toHaveValue(/"format": "atlas-review"/);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('1 item with a status or note, 0 own items.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByText(/^Your reviews/).click();
    await expect(page.getByRole('list', { name: 'Your reviews' }).locator('li')).toHaveCount(2);
  });

  test('a bad import says what is wrong and changes nothing', async ({ page }) => {
    await openBuilder(page, '/review/');
    await page.getByRole('button', { name: 'Import review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import review' });
    await dialog.getByRole('textbox', { name: /Paste a review/ }).fill('# Our notes\n- [ ] something');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('not a review exported by the atlas');
  });

  test('your reviews: rename, duplicate, delete and undo', async ({ page }) => {
    await openBuilder(page, '/review/?system=computer-vision');
    await page.getByLabel('Review name').fill('Vision review');
    await page.getByText(/^Your reviews/).click();
    const list = page.getByRole('list', { name: 'Your reviews' });
    await list.getByRole('button', { name: 'Duplicate Vision review' }).click();
    await expect(page.getByLabel('Review name')).toHaveValue('Vision review (copy)');
    await expect(list.locator('li')).toHaveCount(2);
    await list.getByRole('button', { name: 'Delete Vision review (copy)' }).click();
    await expect(list.locator('li')).toHaveCount(1);
    await expect(page.getByLabel('Review name')).toHaveValue('Vision review');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(list.locator('li')).toHaveCount(2);
    await expect(page.getByLabel('Review name')).toHaveValue('Vision review (copy)');
    await list.getByRole('button', { name: 'Open Vision review', exact: true }).click();
    await expect(page.getByLabel('Review name')).toHaveValue('Vision review');
  });

  test('ticks kept by the old builder become a review', async ({ page }) => {
    await page.goto('/404/');
    const ticked = listFor({ system: 'nlp-systems', when: [] }, 'full').slice(0, 2);
    await page.evaluate((ids) => {
      window.localStorage.clear();
      window.localStorage.setItem('atlas:review-ticks:/review/?system=nlp-systems', JSON.stringify(ids));
    }, ticked);
    await openBuilder(page, '/review/');
    await expect(page.getByLabel('Review name')).toHaveValue('NLP Systems (ticks from before)');
    for (const id of ticked) await expect(row(page, id).getByRole('radio', { name: 'Met', exact: true })).toBeChecked();
    expect(await page.evaluate(() => window.localStorage.getItem('atlas:review-ticks:/review/?system=nlp-systems'))).toBeNull();
  });

  test('the longest core list prints on at most 4 A4 pages, light, in 9pt or larger, with section URLs and without controls', async ({ page }) => {
    // The choice whose core export is longest, as the bench finds it (scripts/bench-review-record.ts).
    const [longest] = exportLengths('core', { items, systems, siteUrl: 'http://localhost:3000', atlas: catalogueVersion(items) });
    await openBuilder(page, `/review/${longest.query}`);
    await page.getByLabel('Review name').fill('Print check');
    const ids = listFor(longest.choice);
    await expect(checklist(page).locator('li')).toHaveCount(ids.length);
    await row(page, ids[0]).getByRole('radio', { name: 'Met', exact: true }).check();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByText('Print check:')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Checklist choices' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
    await expect(row(page, ids[0]).getByRole('radio', { name: 'Met', exact: true })).toBeHidden();
    await expect(row(page, ids[0]).locator('.record-print-status')).toHaveText('Met');
    await expect(row(page, ids[1]).locator('.record-print-status')).toHaveText('Not reviewed');
    await expect(row(page, ids[0]).locator('.record-print-severity')).toHaveText(/^(Must|Should|Consider)$/);
    await expect(row(page, ids[0]).locator('.record-url')).toHaveText(/^http.*#/);
    const sizes = await checklist(page).locator('.review-text, .record-pass, .record-evidence').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes.length).toBeGreaterThan(ids.length);
    // 9pt is 12 CSS px.
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages, `${ids.length} core items of /review/${longest.query}`).toBeLessThanOrEqual(4);
  });

  test('the longest full list exports within 60,000 characters; past a limit the builder says so and offers the file', async ({ page }) => {
    const context = { items, systems, siteUrl: 'http://localhost:3000', atlas: catalogueVersion(items) };
    const [longest] = exportLengths('full', context);
    await openBuilder(page, `/review/${longest.query}`);
    await page.getByRole('button', { name: /^Show all \d+ items$/ }).click();
    await expect(checklist(page).locator('li')).toHaveCount(longest.items);
    const length = page.locator('[data-export-chars]');
    const chars = Number(await length.getAttribute('data-export-chars'));
    expect(chars).toBeGreaterThan(0);
    expect(chars).toBeLessThanOrEqual(60_000);
    await expect(length.getByRole('note')).toHaveCount(0);
    // A long note pushes the core list's export past its 20,000: the builder says so and points to the file.
    await page.getByRole('button', { name: /^Show the core list only$/ }).click();
    const [first] = listFor(longest.choice);
    await row(page, first).getByRole('textbox', { name: /^Note/ }).fill('The team wrote a long answer here. '.repeat(600));
    await expect(length.getByRole('note')).toHaveText(/^Longer than 20,000 characters.*: download the file and attach it\.$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toHaveLength(Number(await length.getAttribute('data-export-chars')));
  });

  test('axe finds no violations on the builder (controls, every phase with an item recorded, the import dialog)', async ({ page }) => {
    // Every item has the same markup but for its words: axe checks each distinct rendering once (axe.ts).
    await openBuilder(page, '/review/?system=predictive-analytics&serving=batch&maturity=0');
    const ids = listFor({ system: 'predictive-analytics', serving: 'batch', maturity: 0, when: [] });
    await row(page, ids[0]).getByRole('radio', { name: 'Partly', exact: true }).check();
    await row(page, ids[0]).getByRole('textbox', { name: /^Note/ }).fill('A note');
    await page.getByText(/^Your reviews/).click();
    expect(await axeViolations(page, undefined, 'main')).toEqual([]);
    await page.getByRole('button', { name: 'Import review' }).click();
    expect(await axeViolations(page, undefined, 'dialog')).toEqual([]);
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
    await expect.poll(() => clipboard(page)).toBe(`${baseURL}${entry.path}?v=${entry.versions[item.id]}#${item.id}`);
    await row.locator(`[data-copy-markdown="${item.id}"]`).click();
    await expect.poll(() => clipboard(page)).toBe(`[${entry.title} › ${item.text}](${baseURL}${entry.path}?v=${entry.versions[item.id]}#${item.id})`);
    const box = row.getByRole('checkbox', { name: item.text });
    await box.check();
    await expect(box).toBeChecked();
  });

  test('an item written on another page shows in place by reference, and the id it retired lands on it', async ({ page }) => {
    const entry = site.entries.find((e) => e.id === 'recommendation-template')!;
    const item = items.find((i) => i.id === 'feedback-impression-logging')!;
    expect(item.page.id).not.toBe(entry.id);
    expect(item.aliases).toContain('rec-template-impression-log');
    await page.goto(`${entry.path}#rec-template-impression-log`);
    const row = page.locator(`li#${item.id}`);
    await expect(row).toBeInViewport();
    await expect(row.locator('#rec-template-impression-log')).toHaveCount(1);
    await expect(row.getByRole('checkbox', { name: item.text })).toBeVisible();
    await expect(row).toContainText(item.why);
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
