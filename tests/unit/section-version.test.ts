import { describe, expect, it } from 'vitest';
import { normalizeForVersion, readableText, reviewItemCitationText, textVersion, VERSION_PATTERN } from '@/lib/citations/section-version';

const section = `## Detection {#detection}

Compare each **input feature** against a _fixed_ reference with [PSI](/reference/#psi "Population stability")
and the \`ks_2samp\` test; alert when PSI \\> 0.2.

- one monitor per feature
- one on the score

| Metric | Threshold |
|--------|-----------|
| PSI    | 0.2       |
`;

describe('section versions', () => {
  it('is a stable 10-hex-digit hash (pinned: changing it would make every published citation stale)', () => {
    expect(textVersion(section)).toMatch(VERSION_PATTERN);
    expect(textVersion(section)).toBe(textVersion(section));
    expect(textVersion('')).toBe('cbf29ce484');
    expect(textVersion('a')).toBe('af63dc4c86');
  });

  it('keeps the version through formatting-only edits', () => {
    const reformatted = `## Detection   {#detection}
Compare each input feature against a *fixed* reference with [PSI](/glossary/psi/) and the ks_2samp test;
alert when PSI &gt; 0.2.

* one monitor per feature
*   one on the score

| Metric | Threshold |
|:-:|:-|
| PSI | 0.2 |
`;
    expect(normalizeForVersion(reformatted)).toBe(normalizeForVersion(section));
    expect(textVersion(reformatted)).toBe(textVersion(section));
    expect(textVersion('He said “drift” – twice.')).toBe(textVersion(`He said "drift" – twice.`));
    expect(textVersion('one\u00A0two {/* note */}')).toBe(textVersion('one two'));
  });

  it('changes the version for a change of wording, number, heading or case', () => {
    const v = textVersion(section);
    expect(textVersion(section.replace('0.2.', '0.25.'))).not.toBe(v);
    expect(textVersion(section.replace('## Detection', '## Detecting drift'))).not.toBe(v);
    expect(textVersion(section.replace('fixed', 'Fixed'))).not.toBe(v);
    expect(textVersion(section.replace('one on the score', 'one on the scores'))).not.toBe(v);
    // An underscore inside a word is part of the word, not emphasis.
    expect(textVersion('feature_name')).not.toBe(textVersion('featurename'));
  });

  it('keeps paragraphs apart in the readable text and drops the markup', () => {
    expect(readableText(section)).toBe(
      'Detection\n\nCompare each input feature against a fixed reference with PSI and the ks_2samp test; alert when PSI > 0.2.\n\none monitor per feature one on the score\n\nMetric Threshold PSI 0.2',
    );
  });

  it('versions a review item by severity, question and why', () => {
    const item = { severity: 'must', text: 'What is the reference?', why: 'Without one the monitor means nothing.' };
    const v = textVersion(reviewItemCitationText(item));
    expect(textVersion(reviewItemCitationText({ ...item }))).toBe(v);
    expect(textVersion(reviewItemCitationText({ ...item, severity: 'should' }))).not.toBe(v);
    expect(textVersion(reviewItemCitationText({ ...item, why: 'Other.' }))).not.toBe(v);
  });
});
