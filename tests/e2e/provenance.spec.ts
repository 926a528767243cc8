import { expect, test } from '@playwright/test';

// Whose text a page is, as a reader sees it (content/README.md#provenance): one page per test.

test('a topic guide says it is written for the atlas and lists what it builds on, never a source', async ({ page }) => {
  await page.goto('/guides/model-evaluation/');
  const provenance = page.locator('header [data-provenance]');
  await expect(provenance).toHaveAttribute('data-provenance', 'atlas');
  await expect(provenance).toContainText('Written for the atlas, not taken from the source document.');
  await expect(provenance.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(provenance).toContainText(/Builds on: ML System Design Insights, Best Practices for Production ML › /);
  await expect(provenance).not.toContainText('Source:');
});

test('a source page names its source, and marks the section written for the atlas under its heading', async ({ page }) => {
  await page.goto('/systems/nlp-systems/');
  const provenance = page.locator('header [data-provenance]');
  await expect(provenance).toHaveAttribute('data-provenance', 'source');
  await expect(provenance).toContainText('Source: ML System Design Insights, Core ML System Categories › 4. NLP Systems');
  // The mark is the first thing under the atlas-written heading, and not under a heading the document covers.
  const firstAfter = (id: string) => page.locator(`.section-heading:has(> h2[id="${id}"]) + *`);
  await expect(firstAfter('prompt-injection')).toHaveClass(/atlas-note/);
  await expect(firstAfter('prompt-injection')).toContainText('Written for the atlas: this section’s subject is not in the source document');
  await expect(firstAfter('key-challenge')).not.toHaveClass(/atlas-note/);
  await expect(page.locator('.atlas-note')).toHaveCount(4);
});
