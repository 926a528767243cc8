import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '@/lib/content/types';
import { builtSearchEngine } from '../helpers/search-engine';
import { ROOT } from '../helpers/built-site';

const engine = builtSearchEngine();
const site = JSON.parse(readFileSync(path.join(ROOT, '.content/site.json'), 'utf8')) as SiteData;
const items = site.entries.flatMap((e) => e.reviewItems);

describe('review questions in search', () => {
  it('"how do we detect drift" finds the question and the section that explains it', () => {
    const urls = engine.search('how do we detect drift').hits.slice(0, 3).map((h) => h.url);
    expect(urls).toContain('/pitfalls/data-drift/#drift-detection-method');
    expect(urls).toContain('/pitfalls/data-drift/#detection');
  });

  it('every question is a record of kind "question" that leads to its own anchor', () => {
    const questions = engine.search('owner', { kind: 'question', limit: 500 }).hits;
    expect(questions.length).toBeGreaterThan(3);
    expect(questions.every((h) => h.kind === 'question' && items.some((i) => `${i.page.path}#${i.id}` === h.url))).toBe(true);
  });

  it('a question\'s own words find it first when filtered to questions', () => {
    const misses = items
      .filter((_, index) => index % 10 === 0)
      .filter((item) => engine.search(item.text, { kind: 'question' }).hits[0]?.url !== `${item.page.path}#${item.id}`)
      .map((item) => item.id);
    expect(misses).toEqual([]);
  });

  it('questions do not crowd out the sections: a topic word still leads with its page', () => {
    expect(engine.search('drift').hits[0].url).toBe('/pitfalls/data-drift/');
    expect(engine.search('rollback').hits.slice(0, 3).every((h) => h.kind !== 'question')).toBe(true);
    // …and a query phrased like a question finds the question first.
    expect(engine.search('reference distribution refreshed').hits[0].url).toBe('/pitfalls/data-drift/#drift-reference-refresh');
  });
});
