import { words } from './normalize';

/**
 * Words too common to help ranking, and the words a question is phrased with ("why does my …", "how do I …",
 * "… after launch"), so that in a question the informative words decide.
 */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or that the their them then there these they this to was were what when where which while who will with you your can than each other also such how do does if so any all ' +
    'i me my we our us should would could did why'
  ).split(' '),
);

/** Index terms of a text: the shared normalization, minus stop words. The same for indexing and querying. */
export function indexTerms(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w));
}
