import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { CitationIndex } from '../../lib/citations/citation-index';
import { ROOT } from '../helpers/built-site';
import { axeViolations } from './axe';
import { gotoHydrated } from './hydration';

const index = JSON.parse(readFileSync(path.join(ROOT, 'out/citations.json'), 'utf8')) as CitationIndex;
const PAGE = '/pitfalls/data-drift/';
const detection = index.pages[PAGE].anchors.detection;
const notice = (page: import('@playwright/test').Page) => page.getByRole('note', { name: 'Changed since cited' });

test('a stale citation shows "Changed since cited" at the section with the change date, and its word diff', async ({ page }) => {
  // One page, but load, two archive fetches, the diff and axe: 54 s measured on the shared 2-core machine.
  test.setTimeout(120_000);
  const [cited, citedOn] = detection.history[0];
  const changedOn = detection.history[1][1];
  expect(cited).not.toBe(detection.current);
  await gotoHydrated(page, `${PAGE}?v=${cited}#detection`);
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText(`as published on ${citedOn}. It changed on ${changedOn}`);
  // At the section: right after its heading.
  expect(await notice(page).evaluate((n) => n.previousElementSibling?.querySelector('h2, h3')?.id)).toBe('detection');
  const button = notice(page).getByRole('button', { name: 'Show changes' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(notice(page).getByRole('button', { name: 'Hide changes' })).toHaveAttribute('aria-expanded', 'true');
  const diff = notice(page).locator('.citation-diff-body');
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(diff.locator('del').first()).toBeVisible();
  // The diff ends in the current text: kept and inserted words are the section's current wording (from the archive).
  const current = await (await page.request.get(`${index.archive}${detection.current}.txt`)).text();
  const shown = await diff.evaluate((d) => [...d.childNodes].filter((n) => n.nodeName !== 'DEL').map((n) => n.textContent).join(''));
  expect(shown.replace(/\s+/g, ' ').trim()).toBe(current.replace(/\s+/g, ' ').trim());
  expect(await axeViolations(page, undefined, '[data-citation-notice]')).toEqual([]);
});

test('a citation of the current text shows nothing; a normal visit loads no citation data', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await gotoHydrated(page, `${PAGE}#detection`);
  await expect(page.locator('h2#detection')).toBeInViewport();
  expect(requests.filter((r) => r.includes('citation'))).toEqual([]);
  expect(page.url()).not.toContain('?v=');
  await gotoHydrated(page, `${PAGE}?v=${detection.current}#detection`);
  await expect(page.locator('html')).toHaveAttribute('data-citation', 'ok');
  await expect(page.locator('[data-citation-notice]')).toHaveCount(0);
});

test('a citation of a version never published says so', async ({ page }) => {
  await gotoHydrated(page, `${PAGE}?v=0123456789#detection`);
  await expect(notice(page)).toContainText('the atlas has no record of');
  await expect(notice(page).getByRole('button')).toHaveCount(0);
});

test('a citation of a review item merged into another lands on it with the same notice', async ({ page }) => {
  const [retiredId, retired] = Object.entries(index.pages[PAGE].anchors).find(([, a]) => a.kind === 'item' && a.movedTo && a.history[0][0] !== '-')!;
  await gotoHydrated(page, `${PAGE}?v=${retired.history[0][0]}#${retiredId}`);
  const row = page.locator(`li#${retired.movedTo}`);
  await expect(row.getByRole('note', { name: 'Changed since cited' })).toContainText(`“#${retiredId}”, which was merged into this one on ${retired.history.at(-1)![1]}`);
  await expect(row.getByRole('button', { name: 'Show changes' })).toBeVisible();
});
