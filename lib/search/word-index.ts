import { Index } from 'flexsearch';
import { indexTerms } from './index-terms';

/**
 * The word index: two FlexSearch indexes over the sections (titles and texts), built in the browser from the search
 * file's words when search is first used (shipping it prebuilt cost more bytes than the words). FlexSearch finds
 * the sections whose title or text has a word; what BM25 needs besides (how often a section's text has the
 * word, how long each section is) and the vocabulary for prefixes and typos come from the same tokens.
 * Two `Index`es rather than one `Document`: the browser gets FlexSearch's light build (next.config.mjs), which has
 * `Index` only and is 4.5 KB gzip against 17.5 for the full bundle; the matches are the same.
 */
export class WordIndex {
  /** The body being added: FlexSearch takes its terms as they are instead of tokenizing them again. */
  private last = { text: '', words: [] as string[] };
  /** Titles (page title of an intro, heading path of a section) forward-tokenized, so "leak" finds "Leakage". */
  private readonly titles = new Index({ encoder: indexTerms, tokenize: 'forward' });
  /** Texts by whole words. */
  private readonly texts = new Index({ encoder: (text: string) => (text === this.last.text ? this.last.words : indexTerms(text)), tokenize: 'strict' });
  /** Word → occurrences, per section's text. */
  private readonly counts: Map<string, number>[] = [];
  private readonly known: Set<string>;
  /** Words in each section's title, and in its text. */
  readonly titleLengths: number[] = [];
  readonly lengths: number[] = [];
  readonly averageLength: number;
  /** Every indexed word, sorted: for prefixes and typo correction. */
  readonly vocabulary: string[];

  /** Each section's title as text, and the index terms of its body (its words less the stop words), in order. */
  constructor(sections: { title: string; body: string[] }[]) {
    let total = 0;
    this.known = new Set();
    sections.forEach(({ title, body }, id) => {
      const titleWords = new Set(indexTerms(title));
      this.titleLengths.push(titleWords.size);
      for (const word of titleWords) this.known.add(word);
      const counts = new Map<string, number>();
      for (const word of body) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const word of counts.keys()) this.known.add(word);
      this.counts.push(counts);
      const text = body.join(' ');
      this.last = { text, words: body };
      this.titles.add(id, title);
      this.texts.add(id, text);
      this.lengths.push(body.length);
      total += body.length;
    });
    this.averageLength = total / Math.max(1, sections.length);
    this.vocabulary = [...this.known].sort();
    this.last = { text: '', words: [] };
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** Sections whose title has the word (or, forward-tokenized, a word starting with it). */
  inTitles(word: string): readonly number[] {
    return this.find(this.titles, word);
  }

  /** Calls back with each section whose text has the word, and how often. */
  inBodies(word: string, each: (id: number, count: number) => void): void {
    for (const id of this.find(this.texts, word)) each(id, this.counts[id].get(word) ?? 0);
  }

  private find(index: Index, word: string): number[] {
    // Every match: ranking is ours (BM25 and the page's emphasis), not FlexSearch's order.
    return index.search(word, { limit: this.counts.length }) as number[];
  }
}
