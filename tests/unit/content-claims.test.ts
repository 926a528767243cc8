import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DATA_FILE } from '@/lib/content/paths';
import type { SiteData } from '@/lib/content/types';
import { ROOT } from '../helpers/built-site';

const { entries } = JSON.parse(readFileSync(path.join(ROOT, SITE_DATA_FILE), 'utf8')) as SiteData;

describe('what the home page says about the site stays true', () => {
  // content/index.mdx, "Reviewing or analysing a system": update that sentence when this test fails.
  it('review questions: on every system, pattern, decision, pitfall and template page, every topic guide, the monitoring and maturity guides and the trends page, last except for "Where it bites" on pitfalls; none on practices, reference', () => {
    const expected = entries.filter((e) => ['system', 'pattern', 'decision', 'pitfall', 'template', 'trend'].includes(e.kind) || e.path.startsWith('/guides/') || ['monitoring', 'maturity'].includes(e.id));
    expect(expected.map((e) => e.id)).toEqual(expect.arrayContaining(['trends', 'monitoring', 'maturity', 'rollout-and-rollback', 'data-validation']));
    for (const entry of expected) {
      const h2 = entry.headings.filter((h) => h.depth === 2).map((h) => h.id);
      expect(entry.reviewItems.length, entry.id).toBeGreaterThan(0);
      expect(h2.slice(entry.kind === 'pitfall' ? -2 : -1), entry.id).toEqual(entry.kind === 'pitfall' ? ['review-questions', 'where-it-bites'] : ['review-questions']);
    }
    for (const id of ['practices', 'reference']) expect(entries.find((e) => e.id === id)?.reviewItems, id).toEqual([]);
  });
});
