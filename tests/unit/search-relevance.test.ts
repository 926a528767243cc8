import { describe, expect, it } from 'vitest';
import { indexTerms } from '@/lib/search/index-options';
import { siteEntries } from '../e2e/site-pages';
import { builtSearchEngine, passes, relevanceCases } from '../helpers/search-engine';

const engine = builtSearchEngine();
const top = (q: string) => engine.search(q).hits.map((h) => `${h.page} › ${h.heading}`);

describe('search relevance over the built index', () => {
  it.each(relevanceCases())('shared case "$q" → $expect in the first three', ({ q, expect: expected }) => {
    expect(passes(top(q), expected), top(q).slice(0, 3).join(' | ')).toBe(true);
  });

  it('every entry is the first result for its own title', () => {
    const misses = siteEntries()
      .filter((e) => e.path !== '/')
      .filter((e) => engine.search(e.title).hits[0]?.url !== e.path)
      .map((e) => `${e.title}: got ${engine.search(e.title).hits[0]?.url}`);
    expect(misses).toEqual([]);
  });

  // A one-word heading ("Edge", "Monitoring") names a topic many sections share; two words or more name a section.
  it('every heading of two or more words that names a unique section finds that section in the first three', () => {
    const entries = siteEntries();
    const counts = new Map<string, number>();
    for (const e of entries) for (const h of e.headings) counts.set(h.text.toLowerCase(), (counts.get(h.text.toLowerCase()) ?? 0) + 1);
    const misses: string[] = [];
    let checked = 0;
    for (const e of entries) {
      for (const h of e.headings) {
        if (counts.get(h.text.toLowerCase()) !== 1 || indexTerms(h.text).length < 2) continue;
        checked++;
        const urls = engine.search(h.text).hits.slice(0, 3).map((hit) => hit.url);
        if (!urls.includes(`${e.path}#${h.id}`)) misses.push(`"${h.text}" → ${e.path}#${h.id}; got ${urls.join(', ')}`);
      }
    }
    expect(checked).toBeGreaterThan(90);
    expect(misses).toEqual([]);
  });

  it.each([
    ['typo in the middle', 'latncy', 'Latency'],
    ['dropped double letter', 'recomendation', 'Recommendation'],
    ['transposed letters', 'laebl leakage', 'Label Leakage'],
    ['prefix', 'quantiz', 'Quantization'],
    ['British spelling', 'regularisation distillation', 'Distillation'],
    ['hyphen as space', 'training serving skew', 'Training-Serving Skew'],
    ['joined words with hyphen', 'two-tower', 'Recommendation'],
    ['acronym, any case', 'ndcg', 'Search & Ranking'],
    ['seed figure', '32-bit', 'Quantization'],
  ])('%s: "%s" → %s', (_what, q, expected) => {
    expect(passes(top(q), [expected]), top(q).slice(0, 3).join(' | ')).toBe(true);
  });
});
