import { describe, expect, it } from 'vitest';
import { wordDiff } from '@/lib/citations/word-diff';

/** The diff as a reader sees it: [-deleted-] and {+inserted+}. */
const show = (before: string, after: string) =>
  wordDiff(before, after)
    .map((p) => (p.type === 'same' ? p.text : p.type === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('');

describe('word diff', () => {
  it('marks changed words and keeps punctuation apart from them', () => {
    expect(show('Wasserstein distance is bounded by one.', 'Wasserstein distance is not bounded.')).toBe('Wasserstein distance is {+not +}bounded [-by one-].');
  });

  it('keeps paragraphs and shows every old and new word once', () => {
    const before = 'Monitor inputs, outputs and outcomes.\n\nEach monitor has an owner.';
    const after = 'Monitor inputs and outputs daily.\n\nEach monitor has a named owner and a runbook.';
    expect(show(before, after)).toBe('Monitor inputs [-, outputs -]and [-outcomes -]{+outputs daily+}.\n\nEach monitor has [-an -]{+a named +}owner {+and a runbook+}.');
    const parts = wordDiff(before, after);
    const words = (keep: string) => parts.filter((p) => p.type === 'same' || p.type === keep).map((p) => p.text).join(' ').match(/[\w]+/g);
    expect(words('ins')).toEqual(after.match(/[\w]+/g));
    expect(words('del')).toEqual(before.match(/[\w]+/g));
  });

  it('adds no space after punctuation that was attached to the next word', () => {
    expect(show('Jensen–Shannon (PSI) is "significant".', 'Jensen–Shannon (PSI) is "not significant".')).toBe('Jensen–Shannon (PSI) is "{+not +}significant".');
    expect(show('A (PSI) test', 'B (PSI) test')).toBe('[-A -]{+B +}(PSI) test');
  });

  it('returns one kept part for equal texts and handles empty ones', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ type: 'same', text: 'same text' }]);
    expect(wordDiff('', 'new')).toEqual([{ type: 'ins', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ type: 'del', text: 'old' }]);
  });
});
