import type { Kind } from '../content/kinds';
import type { SearchKind } from './records';

/** Bumped when the file format changes, so a cached old file is refused instead of misread. */
export const SEARCH_FORMAT = 3;

/** Where the search file is served, relative to the site root; the build writes it into public/. */
export const SEARCH_INDEX_PATH = '/search-data/index.json';

/** Where each record's text is served for its snippet: `${SEARCH_TEXT_DIR}/<version>/<record id>.txt`. */
export const SEARCH_TEXT_DIR = '/search-text';

/** A page as shipped: [path, title, kind, tags, summary]; its position is its id. */
export type PackedPage = [string, string, Kind, string[], string];

/**
 * A section as shipped: [page id, anchor ('' for the page's intro), heading, parent h2 of an h3, the words of its
 * text (packWords), and its own kind when it is not its page's ('question' for a review question)]. Its position is
 * its id.
 */
export type PackedSection = [number, string, string, string, string] | [number, string, string, string, string, SearchKind];

/**
 * search-data/index.json: what ranking reads. Each section's text is shipped as its words in order (normalized,
 * as positions in `vocabulary`): the counts BM25 needs and the word order the phrase check needs, at about half the
 * bytes of the prose. The prose itself is only for snippets: one small file per record (SEARCH_TEXT_DIR), fetched
 * for the results shown.
 */
export interface SearchIndexFile {
  format: number;
  /** Names the folder of this build's text files, so an index from another build never shows wrong snippets. */
  version: string;
  /** Every word of the texts, most frequent first. */
  vocabulary: string[];
  pages: PackedPage[];
  sections: PackedSection[];
  /** Synonym groups (content/search-synonyms.yaml): phrases that mean the same here, applied to queries. */
  synonyms?: string[][];
  /** Each section's text, by id: present when built in memory (tests); the site serves them one file each. */
  texts?: string[];
}

/**
 * Word positions as text, each a variable-length code of JSON-safe characters: the last character of a code is one
 * of the first TERMINAL characters, the ones before it (if any) are of the others. The 60 most frequent words take
 * one character, the next 1,920 two: about 10% smaller in gzip than base-36 numbers with separators.
 */
const DIGITS = "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const TERMINAL = 60;
const CONTINUATION = DIGITS.length - TERMINAL;
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c.charCodeAt(0), i]));

export function packWords(positions: number[]): string {
  let out = '';
  for (const position of positions) {
    let code = DIGITS[position % TERMINAL];
    // The rest in bijective base CONTINUATION: no code is a prefix of another, so no separators are needed.
    for (let rest = Math.floor(position / TERMINAL); rest > 0; rest = Math.floor((rest - 1) / CONTINUATION)) {
      code = DIGITS[TERMINAL + ((rest - 1) % CONTINUATION)] + code;
    }
    out += code;
  }
  return out;
}

export function unpackWords(packed: string): number[] {
  const positions: number[] = [];
  let rest = 0;
  for (let i = 0; i < packed.length; i++) {
    const digit = DIGIT_VALUE.get(packed.charCodeAt(i)) ?? 0;
    if (digit >= TERMINAL) rest = rest * CONTINUATION + (digit - TERMINAL + 1);
    else {
      positions.push(rest * TERMINAL + digit);
      rest = 0;
    }
  }
  return positions;
}
