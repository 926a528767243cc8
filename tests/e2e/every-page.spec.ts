import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteEntries, sitePaths } from './site-pages';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const path of sitePaths()) {
  test.describe(`page ${path}`, () => {
    test('loads without console errors, failed requests or Mermaid, and axe finds no violations in light mode', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      // Diagrams are SVG files made at build time: no page may load Mermaid in the browser.
      page.on('request', (r) => /mermaid/i.test(r.url()) && errors.push(`Mermaid requested: ${r.url()}`));
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('axe finds no violations in dark mode', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  for (const entry of siteEntries()) {
    test(`${entry.path} shows its whole text`, async ({ page }) => {
      await page.goto(entry.path);
      const main = page.locator('main');
      await expect(main.locator('h1')).toHaveText(entry.title);
      await expect(main).toContainText(entry.summary);
      for (const heading of entry.headings) {
        await expect(main.locator(`#${heading.id}`), `${entry.path}#${heading.id}`).toHaveText(heading.text);
      }
      const words = (await main.innerText()).split(/\s+/).length;
      expect(words).toBeGreaterThan(entry.path === '/' ? 150 : 300);
    });
  }
});
