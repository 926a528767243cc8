/**
 * Near-duplicate review items: two items whose questions share most of their content words probably ask the same
 * thing twice (one concern, two items). The measure is the Jaccard index of the sets of stemmed content words of
 * the two texts. No React, no file system.
 */

/**
 * The overlap from which a pair is flagged. Set from the data (see content/README.md#review-questions for the
 * distribution it was read from): at 0.35 and above the pairs of the site were restatements or pairs reviewed by
 * hand; below it, items that share a topic word or two but ask different things.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.35;

// Function words and the question scaffolding every item shares ("what", "how", "is there", "each").
const STOP = new Set(
  `a an and any are as at be been before by can could do does done each either every for from has have how if in into is it its
  itself kept less more most much no not of on once one only or other same so such than that the their them then there these they
  this those through to under up used uses using was were what when where whether which while who whom whose why will with within
  without would you your we our own also just all after until both between over per across via out off than ever`.split(/\s+/),
);

/** A crude suffix stemmer: enough to make "labels"/"label", "monitored"/"monitor", "rolling"/"roll" meet. */
export function stem(word: string): string {
  let w = word;
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return w;
}

/** The set of stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w) && w.length > 1).map(stem));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/** Every pair of items, with its overlap, highest first (for the distribution and for the check). */
export function pairScores(items: readonly { id: string; text: string }[]): SimilarPair[] {
  const words = items.map((item) => contentWords(item.text));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) pairs.push({ a: items[i].id, b: items[j].id, score: jaccard(words[i], words[j]) });
  }
  return pairs.sort((x, y) => y.score - x.score);
}

/** Key of an unordered pair, so [a, b] and [b, a] are one pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** The pairs at or above the threshold that are not listed as distinct. */
export function nearDuplicates(items: readonly { id: string; text: string }[], distinct: ReadonlySet<string>, threshold = NEAR_DUPLICATE_THRESHOLD): SimilarPair[] {
  return pairScores(items).filter((p) => p.score >= threshold && !distinct.has(pairKey(p.a, p.b)));
}
