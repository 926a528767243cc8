import { stem as porter2 } from 'porter2';

/**
 * The stem of a normalized word, so word forms meet ("reproducible" and "Reproducibility", "deploying" and
 * "deployment"). Porter2, the Snowball English stemmer (the `porter2` package, 3.1 KB gzip): on the relevance
 * cases it matched one case more than Porter's original algorithm (`stemmer`, which splits "deploy" from
 * "deployment") and the same as `wink-porter2-stemmer` (3.6 KB, half as fast). Digits and words under four letters
 * are left as they are: a stem of "p99" or "ab" would only merge unrelated tokens.
 */
export function stem(word: string): string {
  return word.length < 4 || /\d/.test(word) ? word : porter2(word);
}

/**
 * The start every form of a stem shares, for looking the forms up in a sorted vocabulary: the stem less its last
 * letter, which Porter2 may have changed ("canary" → "canari"), and never under three letters.
 */
export function stemPrefix(stemmed: string): string {
  return stemmed.slice(0, Math.max(3, stemmed.length - 1));
}
