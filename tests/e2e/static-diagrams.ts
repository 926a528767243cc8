import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { SiteEntry } from './site-pages';

/** An image's natural width once it has loaded, 0 until then. */
export const loaded = (img: Locator) => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0));

/**
 * Without JavaScript, every diagram of the page is an image with its title as name and its description, a caption,
 * an "Open larger" link to the SVG file itself, and its Mermaid source in a <details>.
 */
export async function expectStaticDiagrams(page: Page, request: APIRequestContext, entry: SiteEntry) {
  const figures = page.locator('main figure.diagram');
  await expect(figures).toHaveCount(entry.diagrams.length);
  for (const [index, diagram] of entry.diagrams.entries()) {
    const figure = figures.nth(index);
    const img = figure.locator('img.diagram-light');
    await img.scrollIntoViewIfNeeded();
    await expect(img).toBeVisible();
    await expect(img).toHaveAccessibleName(diagram.title);
    await expect(img).toHaveAccessibleDescription(diagram.description);
    await expect.poll(() => loaded(img), `${entry.path} ${diagram.title}`).toBeGreaterThan(0);
    const src = (await img.getAttribute('src'))!;
    expect(await (await request.get(src)).text()).toMatch(/<svg\b/);
    await expect(figure.locator('figcaption')).toContainText(diagram.title);
    await expect(figure.locator('[data-diagram-open]')).toHaveAttribute('href', src);
    await figure.locator('summary').click();
    await expect(figure.locator('pre')).toHaveText(diagram.source);
  }
}
