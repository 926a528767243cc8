import { expect, test, type Page } from '@playwright/test';
import { siteEntries } from './site-pages';
import { loaded } from './static-diagrams';

const diagramPages = siteEntries().filter((e) => e.diagrams.length > 0);
const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

test('the content has diagram pages', () => {
  expect(diagramPages.length).toBeGreaterThanOrEqual(15);
});

// Without JavaScript, each diagram page shows its diagrams as captioned, described images: checked page by page
// on the no-JavaScript load of every-page.spec.ts (static-diagrams.ts).

test.describe('dark mode', () => {
  test('the system preference shows the dark rendering, never fetching the light one', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => r.url().endsWith('.svg') && fetched.push(r.url()));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/templates/fraud-detection-template/');
    const figure = page.locator('figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('img.diagram-dark')).toBeVisible();
    await expect(figure.locator('img.diagram-light')).toBeHidden();
    await expect.poll(() => loaded(figure.locator('img.diagram-dark'))).toBeGreaterThan(0);
    // Each rendering is a separate file, fetched only for the theme in use.
    expect(fetched.filter((url) => url.includes('/diagrams/') && url.endsWith('-light.svg'))).toEqual([]);
  });

  test('the toggle swaps the rendering in place', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/patterns/feature-store/');
    const figure = page.locator('figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('img.diagram-light')).toBeVisible();
    await expect(figure.locator('img.diagram-dark')).toBeHidden();
    await page.locator('[data-theme-toggle]').click();
    expect(await isDark(page)).toBe(true);
    await expect(figure.locator('img.diagram-dark')).toBeVisible();
    await expect(figure.locator('img.diagram-light')).toBeHidden();
    await expect.poll(() => loaded(figure.locator('img.diagram-dark'))).toBeGreaterThan(0);
  });

  test('a stored dark choice shows the dark rendering before any JavaScript bundle runs (no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.locator('[data-theme-toggle]').click();
    expect(await isDark(page)).toBe(true);
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/patterns/three-layer-stack/', { waitUntil: 'domcontentloaded' });
    const figure = page.locator('figure.diagram').first();
    await expect(figure.locator('img.diagram-dark')).toBeVisible();
    await expect(figure.locator('img.diagram-light')).toBeHidden();
  });
});

test.describe('the first diagram loads at once, for the theme in use only', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: its rendering is eager at high priority, the other theme's stays lazy and is never fetched`, async ({ page }) => {
      const other = scheme === 'light' ? 'dark' : 'light';
      const fetched: string[] = [];
      page.on('request', (r) => r.url().includes('/diagrams/') && fetched.push(r.url()));
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/templates/fraud-detection-template/');
      const first = page.locator('figure.diagram').first();
      // Set by the parser-run script right after the figure's images (diagram-figure.tsx), before any bundle.
      await expect(first.locator(`img.diagram-${scheme}`)).toHaveJSProperty('loading', 'eager');
      await expect(first.locator(`img.diagram-${scheme}`)).toHaveJSProperty('fetchPriority', 'high');
      await expect(first.locator(`img.diagram-${other}`)).toHaveJSProperty('loading', 'lazy');
      await expect.poll(() => loaded(first.locator(`img.diagram-${scheme}`))).toBeGreaterThan(0);
      expect(fetched.filter((url) => url.endsWith(`-${other}.svg`))).toEqual([]);
    });
  }
});

test('"Open larger" opens a zoomable full-screen view by keyboard; Escape closes it and returns focus', async ({ page }) => {
  await page.goto('/templates/recommendation-template/');
  const open = page.locator('[data-diagram-open]').first();
  await expect(open).toHaveAccessibleName('Open larger: Recommendation System Template');
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Recommendation System Template' });
  await expect(dialog).toBeVisible();
  expect(page.url()).not.toMatch(/\.svg$/);
  const img = dialog.getByRole('img', { name: 'Recommendation System Template' });
  await expect.poll(() => loaded(img)).toBeGreaterThan(0);
  const fitted = (await img.boundingBox())!.width;
  await dialog.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await img.boundingBox())!.width).toBeGreaterThan(fitted * 1.2);
  await dialog.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(async () => Math.round((await img.boundingBox())!.width)).toBe(Math.round(fitted));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('"Open larger" shows the whole diagram on screen, a small one enlarged but not cropped; a tall one never below the page\'s size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const path of ['/', '/templates/recommendation-template/']) {
    await page.goto(path);
    const shown = (await page.locator('.diagram-frame img:visible').first().boundingBox())!;
    await page.locator('[data-diagram-open]').first().click();
    const dialog = page.getByRole('dialog');
    const img = dialog.locator('.diagram-dialog-view img');
    await expect.poll(() => loaded(img)).toBeGreaterThan(0);
    const view = (await dialog.locator('.diagram-dialog-view').boundingBox())!;
    const box = (await img.boundingBox())!;
    expect(box.width, path).toBeLessThanOrEqual(view.width);
    const zoom = Number((await dialog.locator('.diagram-zoom').textContent())!.replace('%', ''));
    if (path === '/') {
      // The home page's small diagram: whole on screen, filling one side of the view (less its padding) or at 200%.
      expect(box.height, path).toBeLessThanOrEqual(view.height);
      expect(box.width >= view.width - 60 || box.height >= view.height - 60 || zoom === 200, path).toBe(true);
    } else {
      // Taller than the screen at the page's size: it keeps that size (labels stay readable) and scrolls down.
      expect(Math.round(box.width), path).toBeGreaterThanOrEqual(Math.floor(shown.width));
    }
    await page.keyboard.press('Escape');
  }
});

test.describe('copy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('"Copy source" copies the Mermaid source', async ({ page }) => {
    const [diagram] = diagramPages.find((e) => e.path === '/pitfalls/feedback-loops/')!.diagrams;
    await page.goto('/pitfalls/feedback-loops/');
    await page.locator('[data-diagram-copy]').first().click();
    await expect(page.locator('[data-diagram-copy]').first()).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(diagram.source);
  });
});

test('print shows the light rendering without controls or source, even in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/maturity/');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const figure = page.locator('figure.diagram').first();
  await expect(figure.locator('img.diagram-light')).toBeVisible();
  await expect(figure.locator('img.diagram-dark')).toBeHidden();
  await expect(figure.locator('[data-diagram-open]')).toBeHidden();
  await expect(figure.locator('details')).toBeHidden();
  await expect(figure.locator('figcaption')).toContainText('MLOps Maturity Levels');
});
