import type { SearchKind } from './records';

/** Bumped when the file formats change, so a cached old file is refused instead of misread. */
export const SEARCH_FORMAT = 1;

/** Where the search files are served, relative to the site root; the build writes them into public/. */
export const SEARCH_INDEX_PATH = '/search-data/index.json';
export const SEARCH_TEXT_PATH = '/search-data/text.json';

/** A record as shipped: [url, page, heading, parent, kind, tags]; its position is its id. */
export type PackedRecord = [string, string, string, string, SearchKind, string[]];

/** search/index.json: the FlexSearch export and what results show. */
export interface SearchIndexFile {
  format: number;
  records: PackedRecord[];
  /** FlexSearch Document export: key → data, as `Document.export` produced it. */
  flex: Record<string, string>;
}

/** search/text.json: each record's section text, by id, for snippets and highlighting. */
export interface SearchTextFile {
  format: number;
  text: string[];
}
