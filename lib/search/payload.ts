import type { Kind } from '../content/kinds';
import type { SearchKind } from './records';

/** Bumped when the file format changes, so a cached old file is refused instead of misread. */
export const SEARCH_FORMAT = 2;

/** Where the search file is served, relative to the site root; the build writes it into public/. */
export const SEARCH_INDEX_PATH = '/search-data/index.json';

/** A page as shipped: [path, title, kind, tags, summary]; its position is its id. */
export type PackedPage = [string, string, Kind, string[], string];

/**
 * A section as shipped: [page id, anchor ('' for the page's intro), heading, parent h2 of an h3, text, and its own
 * kind when it is not its page's ('question' for a review question)]. Its position is its id.
 */
export type PackedSection = [number, string, string, string, string] | [number, string, string, string, string, SearchKind];

/**
 * search-data/index.json: every page and section with its text. The browser builds the word index from
 * this text when search is first used (a few milliseconds), so no prebuilt index or index library is
 * downloaded: the text, which snippets need anyway, is the index.
 */
export interface SearchIndexFile {
  format: number;
  pages: PackedPage[];
  sections: PackedSection[];
}
