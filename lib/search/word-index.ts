import { indexTerms } from './index-terms';

/**
 * The word index, built in the browser from the sections' text when search is first used: for each word,
 * the sections whose title has it and, with how often, the sections whose text has it. Building it over
 * the whole site takes a few milliseconds; shipping it prebuilt cost more bytes than the text itself.
 */
export class WordIndex {
  /** word → section ids whose title (page title of an intro, heading path of a section) has the word. */
  private readonly titles = new Map<string, number[]>();
  /** word → [section id, occurrences, section id, occurrences, …] over the section's text. */
  private readonly bodies = new Map<string, number[]>();
  /** Words in each section's title, and in its text. */
  readonly titleLengths: number[] = [];
  readonly lengths: number[] = [];
  readonly averageLength: number;
  /** Every indexed word, sorted: for prefixes and typo correction. */
  readonly vocabulary: string[];

  constructor(sections: { title: string; body: string }[]) {
    let total = 0;
    sections.forEach(({ title, body }, id) => {
      const titleWords = new Set(indexTerms(title));
      this.titleLengths.push(titleWords.size);
      for (const word of titleWords) push(this.titles, word, id);
      const counts = new Map<string, number>();
      const words = indexTerms(body);
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const [word, count] of counts) push(this.bodies, word, id, count);
      this.lengths.push(words.length);
      total += words.length;
    });
    this.averageLength = total / Math.max(1, sections.length);
    this.vocabulary = [...new Set([...this.titles.keys(), ...this.bodies.keys()])].sort();
  }

  has(word: string): boolean {
    return this.titles.has(word) || this.bodies.has(word);
  }

  /** Sections whose title has the word. */
  inTitles(word: string): readonly number[] {
    return this.titles.get(word) ?? [];
  }

  /** Calls back with each section whose text has the word, and how often. */
  inBodies(word: string, each: (id: number, count: number) => void): void {
    const postings = this.bodies.get(word);
    if (postings) for (let i = 0; i < postings.length; i += 2) each(postings[i], postings[i + 1]);
  }
}

function push(map: Map<string, number[]>, word: string, ...values: number[]): void {
  const list = map.get(word);
  if (list) list.push(...values);
  else map.set(word, values);
}
