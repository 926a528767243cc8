import type { DocumentOptions } from 'flexsearch';
import { words } from './normalize';

/** Words too common to help ranking; leaving them out keeps the exported index about a tenth smaller. */
export const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have in into is it its of on or that the their them then there these they this to was were what when where which while who will with you your can than each other also such how do does if so any all'.split(
    ' ',
  ),
);

/** Index terms of a text: the shared normalization, minus stop words. */
export function indexTerms(text: string): string[] {
  return words(text).filter((w) => !STOP_WORDS.has(w));
}

/**
 * The FlexSearch Document both the build and the browser construct: the export holds data only, so the
 * importing side must declare the same fields and encoder. `title` (page title for a page's intro,
 * otherwise the section heading path) matches prefixes as typed; `text` matches whole words, and the
 * query expands prefixes and typos against the vocabulary itself (see engine.ts), which keeps the
 * index a third of the size a forward-tokenized body would be.
 */
export function indexOptions(): DocumentOptions {
  return {
    encoder: indexTerms,
    document: {
      id: 'id',
      index: [
        { field: 'title', tokenize: 'forward', resolution: 9 },
        { field: 'text', tokenize: 'strict', resolution: 3 },
      ],
    },
  } as DocumentOptions;
}
