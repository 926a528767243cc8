import { describe, expect, it } from 'vitest';
import { contentWords, jaccard, nearDuplicates, NEAR_DUPLICATE_THRESHOLD, pairKey, stem } from '@/lib/review/near-duplicates';
import { errorsOf } from '../helpers/content-fixtures';

describe('near-duplicate measure', () => {
  it('compares stemmed content words, leaving out function words and question scaffolding', () => {
    expect(stem('labels')).toBe('label');
    expect(stem('monitored')).toBe('monitor');
    expect(stem('policies')).toBe('policy');
    expect([...contentWords('How long until the labels arrive?')].sort()).toEqual(['arrive', 'label', 'long']);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('flags a restatement in other words and not two items that share a topic word', () => {
    const items = [
      { id: 'a', text: 'How long until labels arrive, and what proxy metrics cover that gap?' },
      { id: 'b', text: 'When do labels arrive, and which proxy metrics cover the gap until they do?' },
      { id: 'c', text: 'Are labels for blocked transactions obtained from a random holdout?' },
    ];
    expect(nearDuplicates(items, new Set()).map((p) => pairKey(p.a, p.b))).toEqual([pairKey('a', 'b')]);
    expect(nearDuplicates(items, new Set([pairKey('b', 'a')]))).toEqual([]);
    expect(NEAR_DUPLICATE_THRESHOLD).toBeGreaterThan(0.2);
  });
});

describe('near-duplicate check in the build', () => {
  it('fails a restated item with both places and what to do, accepts a pair listed as distinct, and fails a stale listed pair', async () => {
    const errors = await errorsOf('review-near-duplicates');
    const dir = 'tests/fixtures/content/review-near-duplicates';
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: `${dir}/second.mdx`,
          line: 11,
          problem: expect.stringMatching(/id="second-label-proxies"> reads like "first-label-delay" \(tests\/fixtures\/content\/review-near-duplicates\/first.mdx:11\).*<ReviewRef.*review-distinct.yaml/),
        }),
        expect.objectContaining({ file: `${dir}/review-distinct.yaml`, line: 3, problem: expect.stringMatching(/names "retired-item", which is not a review item/) }),
      ]),
    );
    // The listed pair does overlap past the threshold: the list, not the measure, lets it through.
    const rollback = jaccard(contentWords('How long does rollback of the model take, and when was rollback last exercised?'), contentWords('When was the rollback of the model last exercised, and how long did that rollback take?'));
    expect(rollback).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(errors.map((e) => e.problem).join('\n')).not.toMatch(/second-rollback-drill|second-unrelated/);
    expect(errors).toHaveLength(2);
  });
});
