import { describe, expect, it } from 'vitest';
import { builtPages, contentPages, visibleText } from '../helpers/built-site';
import { seedItems } from '../helpers/seed-items';

const normalize = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

describe('seed coverage', () => {
  const items = seedItems();
  const siteText = normalize(
    contentPages(builtPages())
      .map((p) => visibleText(p.doc.querySelector('main')))
      .join('\n'),
  );

  it('extracts every kind of item from the seed', () => {
    const kinds = new Set(items.map((i) => i.what));
    expect([...kinds].sort()).toEqual(['diagram label', 'heading', 'list item', 'pipeline step', 'sentence', 'table cell', 'term', 'value']);
    // Spot checks that the extractor reads what a person reads in the seed.
    const texts = items.map((i) => i.text);
    for (const expected of ['Recommendation Systems', '30% of production systems', 'Reduce model precision (32-bit → 8-bit)', 'Real-time predictions (<100ms)', 'feature_engineering', 'Root Cause Analysis', 'Hundreds of thousands QPS', 'Last Updated: December 2024']) {
      expect(texts).toContain(expected);
    }
    expect(items.length).toBeGreaterThan(250);
  });

  it('finds every seed item in the main content of the built pages', () => {
    const missing = items.filter((item) => !siteText.includes(normalize(item.text)));
    expect(missing.map((m) => `seed line ${m.line} (${m.what}): ${m.text}`)).toEqual([]);
  });
});

describe('readers never meet the word "seed"', () => {
  it('no page says it, in its text, captions, alternative text or tooltips', () => {
    const found: string[] = [];
    for (const page of builtPages()) {
      const body = page.doc.querySelector('body');
      const texts = [visibleText(body), ...(body?.querySelectorAll('[alt], [title], [aria-label]') ?? []).flatMap((e) => ['alt', 'title', 'aria-label'].map((a) => e.getAttribute(a) ?? ''))];
      for (const text of texts) {
        const match = /.{0,40}\bseeds?\b.{0,40}/i.exec(text);
        if (match) found.push(`${page.urlPath}: …${match[0]}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
