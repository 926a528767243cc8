import { expect, test } from '@playwright/test';
import { gotoHydrated } from './hydration';

/** 18 cm: what is left of an A4 or Letter page after the margins and a diagram's caption. */
const PRINT_DIAGRAM_MAX_PX = (18 / 2.54) * 96 + 1;

test('print leaves out the skip link and every navigation', async ({ page }) => {
  await page.goto('/pitfalls/label-leakage/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Skip to content', includeHidden: true })).toBeHidden();
  await expect(page.locator('nav')).toHaveCount(await page.locator('nav').count());
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  await expect(page.locator('[data-page-contents]')).toBeHidden();
});

for (const path of ['/templates/recommendation-template/', '/templates/fraud-detection-template/', '/systems/nlp-systems/']) {
  test(`print scales every diagram of ${path} to fit on one page, whole`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const img of await page.locator('figure.diagram img.diagram-light').all()) {
      const box = await img.evaluate((i) => {
        const r = i.getBoundingClientRect();
        return { width: r.width, height: r.height, ratio: (i as HTMLImageElement).width / (i as HTMLImageElement).height };
      });
      expect(box.height, path).toBeLessThanOrEqual(PRINT_DIAGRAM_MAX_PX);
      expect(box.height, path).toBeGreaterThan(100);
      // Scaled, not squeezed.
      expect(Math.abs(box.width / box.height - box.ratio), path).toBeLessThan(0.02);
    }
    expect(await page.locator('figure.diagram').first().evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
  });
}

test('"Open larger" opens a tall diagram at its natural size or larger, fitting the width', async ({ page, isMobile }) => {
  await gotoHydrated(page, '/templates/recommendation-template/');
  const figure = page.locator('figure.diagram').first();
  await figure.scrollIntoViewIfNeeded();
  const onPage = await figure.locator('img.diagram-light').evaluate((i) => i.getBoundingClientRect().width);
  await figure.locator('[data-diagram-open]').click();
  const view = page.locator('dialog.diagram-dialog img');
  await expect(view).toBeVisible();
  const { shown, natural, room } = await view.evaluate((i: HTMLImageElement) => ({
    shown: i.getBoundingClientRect().width,
    natural: Number(i.closest('dialog')!.ownerDocument.querySelector('figure.diagram img.diagram-light')!.getAttribute('width')),
    room: i.closest('.diagram-dialog-view')!.clientWidth,
  }));
  // Never smaller than on the page; on a wide screen, at least its natural size and no wider than the view.
  expect(shown).toBeGreaterThanOrEqual(onPage - 1);
  if (!isMobile) {
    expect(shown).toBeGreaterThanOrEqual(natural);
    expect(shown).toBeLessThanOrEqual(room);
  }
  await expect(page.locator('dialog.diagram-dialog .diagram-zoom')).not.toHaveText(/^[1-9]\d?%$/);
});

test('inline code has no literal backticks', async ({ page }) => {
  await page.goto('/patterns/feature-store/');
  const code = page.locator('main .prose :not(pre) > code', { hasText: 'sessions_7d_v2' });
  await expect(code).toBeVisible();
  for (const pseudo of ['::before', '::after']) {
    expect(await code.evaluate((c, p) => getComputedStyle(c, p).content, pseudo)).toMatch(/^(none|normal)$/);
  }
});

test('a heading with an earlier anchor lines up with the other headings', async ({ page }) => {
  await page.goto('/pitfalls/label-leakage/');
  const left = (selector: string) => page.locator(selector).evaluate((h) => h.getBoundingClientRect().left);
  expect(await left('h3#time-based-splits')).toBe(await left('h3#feature-auditing'));
  // The old anchor still lands on the heading.
  await page.goto('/pitfalls/label-leakage/#proper-time-based-splits');
  await expect(page.locator('h3#time-based-splits')).toBeInViewport();
});

test('a section does not repeat its heading as a first bullet', async ({ page }) => {
  await page.goto('/pitfalls/cold-start/');
  const first = page.locator('.section-heading:has(h2#problem) + *');
  await expect(first).toHaveText('No data for new users/items');
  expect(await first.evaluate((e) => e.tagName)).toBe('P');
  await page.goto('/systems/predictive-analytics/');
  await expect(page.locator('.section-heading:has(h2#key-challenge) + p')).toHaveText('Handling concept drift and seasonality');
});

test('copy controls: visible text is part of the name, and each has a tooltip on hover and focus', { tag: '@wide-screen' }, async ({ page }) => {
  // Pointer and keyboard test: not in the phone project (its tag; playwright.config.ts).
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  const controls = page.locator('main [data-copy-link], main [data-copy-markdown]');
  expect(await controls.count()).toBeGreaterThan(10);
  // WCAG 2.5.3: any visible text of a control is in its accessible name.
  const mismatched = await controls.evaluateAll((buttons) =>
    buttons.filter((b) => (b as HTMLElement).innerText.trim() && !b.getAttribute('aria-label')!.toLowerCase().includes((b as HTMLElement).innerText.trim().toLowerCase())).length,
  );
  expect(mismatched).toBe(0);
  const markdown = page.locator('[data-copy-markdown="solution"]');
  const tooltip = () => markdown.evaluate((b) => ({ text: getComputedStyle(b, '::after').content, display: getComputedStyle(b, '::after').display }));
  expect((await tooltip()).display).toBe('none');
  await markdown.hover();
  await expect.poll(async () => (await tooltip()).display).toBe('block');
  expect((await tooltip()).text).toContain('Copy as Markdown link');
  await page.mouse.move(0, 0);
  await page.locator('[data-copy-link="solution"]').focus();
  await page.keyboard.press('Tab');
  await expect(markdown).toBeFocused();
  await expect.poll(async () => (await tooltip()).display).toBe('block');
});

// Checklists are review items now (no GFM task lists remain in content/): their wrapped lines hang beside the box.
test('a wrapped checklist line lines up with the text above it, not under the box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/pitfalls/cold-start/');
  const item = page.locator('main li.review-item').first();
  const lines = await item.locator('.review-text').evaluate((text) => {
    const range = document.createRange();
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 8);
    return { first: Math.min(...rects.slice(0, 2).map((r) => r.left)), last: rects.at(-1)!.left, count: new Set(rects.map((r) => Math.round(r.top))).size };
  });
  expect(lines.count).toBeGreaterThan(1);
  const box = await item.locator('.review-check').evaluate((b) => b.getBoundingClientRect().right);
  expect(lines.last).toBeGreaterThanOrEqual(box);
});

test('on a phone the search dialog closes with a button that says Close', { tag: '@phone' }, async ({ page }) => {
  // Phone layout: phone project only (its tag; playwright.config.ts).
  await gotoHydrated(page, '/');
  await page.locator('[data-search-entry]').click();
  const close = page.locator('dialog[data-search-dialog]').getByRole('button', { name: /close/i });
  await expect(close).toBeVisible();
  await expect(close).toHaveText(/^Close/);
  await close.click();
  await expect(page.locator('dialog[data-search-dialog]')).toBeHidden();
});

test('the stylesheet arrives inside the page: styled before any script, and never requested, on load or on navigating', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (r) => (r.resourceType() === 'stylesheet' || /\.css(\?|$)/.test(r.url())) && stylesheets.push(r.url()));
  // Without the bundles, what shows is what the first paint shows: the header already sticks, the sidebar is a column.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/pitfalls/label-leakage/', { waitUntil: 'domcontentloaded' });
  expect(await page.locator('header.site-header').evaluate((h) => getComputedStyle(h).position)).toBe('sticky');
  await page.unroute('**/_next/static/**/*.js');
  await gotoHydrated(page, '/pitfalls/label-leakage/');
  await page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /Recommendation System Template/ }).click();
  await expect(page).toHaveURL(/\/templates\/recommendation-template\/$/);
  await expect(page.locator('main h1')).toHaveText('Recommendation System Template');
  expect(await page.locator('main h1').evaluate((h) => getComputedStyle(h).fontWeight)).not.toBe('400');
  expect(stylesheets).toEqual([]);
});
