import { describeResults } from './describe';
import { allowedTypos, editDistance } from './fuzzy';
import { highlight, matcher, snippet, type Segment } from './highlight';
import { indexTerms, STOP_WORDS } from './index-terms';
import { normalizeText, words } from './normalize';
import { MAX_QUERY } from './limits';
import { SEARCH_FORMAT, SEARCH_TEXT_DIR, unpackWords, type PackedPage, type PackedSection, type SearchIndexFile } from './payload';
import { pageEmphasis, pageStats, spreadAcrossPages, type PageStats } from './rank';
import type { SearchKind } from './records';
import { WordIndex } from './word-index';

export interface SearchHit {
  id: number;
  url: string;
  page: string;
  heading: string;
  parent: string;
  kind: SearchKind;
  score: number;
  /** Whether the section has every word of the query (after prefixes and corrections). */
  allWords: boolean;
  /** The section heading (or page title for a page's intro), matched words marked. */
  title: Segment[];
  /** Text around the first match, matched words marked; empty while `pending`. */
  snippet: Segment[];
  /** The section's text is not loaded yet (SearchEngine.textUrl): its snippet follows once it is (withTexts). */
  pending: boolean;
}

export interface PageGroup {
  /** Unique per group: the page's path, with "#questions" for a page's review questions. */
  key: string;
  page: string;
  url: string;
  kind: SearchKind;
  hits: SearchHit[];
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  groups: PageGroup[];
  /** Sections with every word of the query, and sections with only some, before `limit` applies. */
  counts: { all: number; some: number };
  /** Words the query was read as, where a typo was corrected ("recomendation" → "recommendation"). */
  corrections: { from: string; to: string }[];
  /** The whole query as read, when a word of it was corrected ("labell leakage" → "label leakage"). */
  corrected?: string;
  /** When nothing matched: the closest words the index knows. */
  suggestions: string[];
  /** The index words the query matched: what a snippet marks, also for texts that arrive later. */
  matched: string[];
}

export interface SearchOptions {
  kind?: SearchKind;
  /** Most hits to return (default 30). */
  limit?: number;
}

interface Variant {
  word: string;
  weight: number;
}

const MAX_TERMS = 8;
const TITLE_WEIGHT = 3;
const TEXT_WEIGHT = 1;
const PAGE_EVIDENCE = 0.3;
/** BM25's term-frequency saturation and length normalization for section text. */
const K1 = 1.2;
const B = 0.75;
/**
 * A review question is a short record whose every word is on topic, so it would outrank the sections that explain
 * it: questions count at this share, and not as page evidence. A query phrased like the question still finds it.
 */
const QUESTION_WEIGHT = 0.3;

/**
 * Section search over the site's text. Each query word is matched exactly, as a prefix ("leak" →
 * "leakage") and, failing both, as a typo of a known word. A section scores by where the words are (its
 * title over its text), how often its text has them for its length (BM25), and whether it has them all, side
 * by side; its page adds what it says about the query as a whole (pageEmphasis). Results then spread across
 * pages, a page's further sections ranking below other pages' best ones (spreadAcrossPages).
 */
export class SearchEngine {
  private readonly index: WordIndex;
  private readonly known: Set<string>;
  /** Vocabulary by word length, so typo matching only compares words of a plausible length. */
  private readonly byLength: string[][] = [];
  /** Normalized page title, page title + heading, and page title words, for the phrase and title checks. */
  private readonly normalizedTitles: string[];
  private readonly normalizedPages: string[];
  private readonly pageWords: string[][];
  private readonly stats: PageStats[];
  /** Each section's words (normalized, stop words included) as shipped, and its squashed text for the phrase check. */
  private readonly words: string[][];
  private readonly normalizedText: (string | undefined)[] = [];
  /** Each section's prose, when the file carries it (built in memory); the site's file does not. */
  private readonly texts: readonly string[];

  private constructor(
    private readonly pages: PackedPage[],
    private readonly sections: PackedSection[],
    private readonly file: Pick<SearchIndexFile, 'version' | 'vocabulary' | 'texts'>,
  ) {
    this.words = sections.map((section) => unpackWords(section[4]).map((position) => file.vocabulary[position]));
    this.texts = file.texts ?? [];
    const terms = (words: string[]) => words.filter((w) => !STOP_WORDS.has(w));
    this.index = new WordIndex(
      sections.map(([page, anchor, heading, parent, , kind], id) => {
        const [, title, , tags, summary] = pages[page];
        const text = terms(this.words[id]);
        // An intro is found by its page title (summary and tags count as its text); a section by its heading path;
        // a review question by its words, all of them body text (a sentence-long title would outweigh sections).
        if (kind === 'question') return { title: '', body: [...indexTerms(heading), ...text] };
        return anchor ? { title: `${parent} ${heading}`, body: text } : { title, body: [...indexTerms(summary), ...text, ...indexTerms(tags.join(' '))] };
      }),
    );
    this.known = new Set(this.index.vocabulary);
    for (const word of this.index.vocabulary) (this.byLength[word.length] ??= []).push(word);
    this.normalizedTitles = sections.map(([page, , heading]) => squash(normalizeText(`${pages[page][1]} ${heading}`)));
    this.normalizedPages = sections.map(([page]) => squash(normalizeText(pages[page][1])));
    this.pageWords = this.normalizedPages.map((p) => p.split(' '));
    this.stats = pageStats(pages, sections, this.index);
  }

  static fromFile(file: SearchIndexFile): SearchEngine {
    if (file.format !== SEARCH_FORMAT) throw new Error(`search index format ${file.format}, expected ${SEARCH_FORMAT}: rebuild the site.`);
    return new SearchEngine(file.pages, file.sections, file);
  }

  /** Where a section's text is served, relative to the site root. */
  textUrl(id: number): string {
    return `${SEARCH_TEXT_DIR}/${this.file.version}/${id}.txt`;
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 30;
    const terms = [...new Set(indexTerms(query.slice(0, MAX_QUERY)))].filter((t) => t.length <= 40).slice(0, MAX_TERMS);
    const empty: SearchResponse = { query, hits: [], groups: [], counts: { all: 0, some: 0 }, corrections: [], suggestions: [], matched: [] };
    if (terms.length === 0) return empty;

    const corrections: SearchResponse['corrections'] = [];
    const scores = new Map<number, { total: number; matched: number }>();
    const matchedWords: string[] = [];
    const variantsOfTerm: string[][] = [];
    for (const term of terms) {
      const variants = this.expand(term);
      if (variants.length && variants[0].weight < 0.8) corrections.push({ from: term, to: variants[0].word });
      variantsOfTerm.push(variants.map((v) => v.word));
      // Per section, the best title match and the best text match of any variant of this word.
      const title = new Map<number, number>();
      const body = new Map<number, number>();
      for (const variant of variants) {
        for (const id of this.index.inTitles(variant.word)) {
          // A word is more of what a short title is about than of a long one ("Rollback" vs "Set up automated rollback triggers").
          const focus = 0.5 + 0.5 / Math.sqrt(this.index.titleLengths[id]);
          title.set(id, Math.max(title.get(id) ?? 0, TITLE_WEIGHT * variant.weight * focus));
        }
        this.index.inBodies(variant.word, (id, count) => {
          const norm = 1 - B + (B * this.index.lengths[id]) / this.index.averageLength;
          const score = TEXT_WEIGHT * variant.weight * ((count * (K1 + 1)) / (count + K1 * norm));
          body.set(id, Math.max(body.get(id) ?? 0, score));
        });
        matchedWords.push(variant.word);
      }
      const best = new Map(title);
      for (const [id, score] of body) best.set(id, (best.get(id) ?? 0) + score);
      for (const [id, score] of best) {
        const entry = scores.get(id) ?? { total: 0, matched: 0 };
        entry.total += score;
        entry.matched += 1;
        scores.set(id, entry);
      }
    }

    const phrase = terms.length > 1 ? squash(normalizeText(query.slice(0, MAX_QUERY))) : '';
    const pattern = matcher(matchedWords);
    // Page-level evidence: a section whose page matches in several sections is more likely the answer.
    const sectionsPerPage = new Map<number, number>();
    for (const [id, { matched }] of scores) {
      if (matched === terms.length && !this.sections[id][5]) sectionsPerPage.set(this.sections[id][0], (sectionsPerPage.get(this.sections[id][0]) ?? 0) + 1);
    }
    const emphasis = pageEmphasis(this.stats, this.sections, this.index, [...scores.keys()], variantsOfTerm);
    const ranked = [...scores]
      .map(([id, { total, matched }]) => {
        const [pageId, anchor, heading, parent, , ownKind] = this.sections[id];
        const [path, page, pageKind] = this.pages[pageId];
        const kind: SearchKind = ownKind ?? pageKind;
        const coverage = matched / terms.length;
        let score = total * coverage * coverage;
        // The words side by side, as typed ("two tower" in "Two-tower models"), beat the words scattered.
        // The page about the query ("drift" → Data Drift) outranks sections that merely mention it.
        if (!heading && coverage === 1 && terms.every((t) => this.pageWords[id].some((w) => w.startsWith(t)))) score += TITLE_WEIGHT;
        if (phrase && !heading && singular(this.normalizedPages[id]) === singular(phrase)) score += TITLE_WEIGHT * 2;
        else if (phrase && this.normalizedTitles[id].includes(phrase)) score += TITLE_WEIGHT;
        else if (phrase && this.sectionText(id).includes(phrase)) score += TEXT_WEIGHT * 1.5;
        score += PAGE_EVIDENCE * Math.min(3, (sectionsPerPage.get(pageId) ?? 1) - 1);
        score += coverage * (emphasis.get(pageId) ?? 0);
        if (kind === 'question') score *= QUESTION_WEIGHT;
        return { id, url: anchor ? `${path}#${anchor}` : path, page, heading, parent, kind, score, allWords: coverage === 1 };
      })
      .filter((hit) => !options.kind || hit.kind === options.kind);
    const spread = spreadAcrossPages(ranked);
    const all = spread.filter((hit) => hit.allWords).length;

    const hits: SearchHit[] = spread.slice(0, limit).map((hit) => ({
      ...hit,
      title: highlight(hit.heading || hit.page, pattern),
      ...this.snippetOf(hit.id, this.texts[hit.id], pattern),
    }));
    const fixed = new Map(corrections.map((c) => [c.from, c.to]));
    return {
      query,
      hits,
      groups: groupByPage(hits),
      counts: { all, some: spread.length - all },
      corrections,
      corrected: corrections.length ? words(query.slice(0, MAX_QUERY)).map((w) => fixed.get(w) ?? w).join(' ') : undefined,
      suggestions: hits.length ? [] : this.closest(terms),
      matched: matchedWords,
    };
  }

  /** The response with the snippets of the pending hits whose texts have arrived (loadTexts); the ranking is untouched. */
  withTexts(response: SearchResponse, texts: ReadonlyMap<number, string>): SearchResponse {
    if (!response.hits.some((hit) => hit.pending && texts.has(hit.id))) return response;
    const pattern = matcher(response.matched);
    const hits = response.hits.map((hit) => (hit.pending && texts.has(hit.id) ? { ...hit, ...this.snippetOf(hit.id, texts.get(hit.id), pattern) } : hit));
    return { ...response, hits, groups: groupByPage(hits) };
  }

  private snippetOf(id: number, known: string | undefined, pattern: RegExp | undefined): Pick<SearchHit, 'snippet' | 'pending'> {
    // A section without words has no text: its snippet is its page's summary.
    const text = this.words[id].length ? known : '';
    if (text === undefined) return { snippet: [], pending: true };
    return { snippet: snippet(text || this.pages[this.sections[id][0]][4], pattern), pending: false };
  }

  /** The status line for a response ("14 sections have every word, …"): here, so it loads with the engine. */
  describe(response: SearchResponse): string {
    return describeResults(response);
  }

  private sectionText(id: number): string {
    // The shipped words are the text's words after normalization: joined, they are its squashed text.
    return (this.normalizedText[id] ??= this.words[id].join(' '));
  }

  /** The index's own words for a query word: exact, then prefixes, then near misses (typos). */
  private expand(term: string): Variant[] {
    const variants: Variant[] = [];
    if (this.known.has(term)) variants.push({ word: term, weight: 1 });
    if (term.length >= 2) {
      // A plural is the same word ("loop" finds "Feedback Loops" as well as "Feedback loop"); other words
      // starting with the term are prefix matches.
      for (const word of this.withPrefix(term)) if (word !== term) variants.push({ word, weight: word === `${term}s` || word === `${term}es` ? 1 : 0.85 });
    }
    if (variants.length === 0) {
      for (const { word, distance } of this.near(term, allowedTypos(term.length)).slice(0, 4)) variants.push({ word, weight: 0.75 - 0.1 * distance });
    }
    return variants;
  }

  /** Known words within `max` edits of `term`, closest first. */
  private near(term: string, max: number): { word: string; distance: number }[] {
    const found: { word: string; distance: number }[] = [];
    if (max === 0) return found;
    for (let length = Math.max(1, term.length - max); length <= term.length + max; length++) {
      for (const word of this.byLength[length] ?? []) {
        const distance = editDistance(term, word, max);
        if (distance <= max) found.push({ word, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || a.word.length - b.word.length || a.word.localeCompare(b.word));
  }

  /** Vocabulary words starting with `prefix`, shortest first, at most 12 (binary search in the sorted list). */
  private withPrefix(prefix: string): string[] {
    const vocabulary = this.index.vocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (vocabulary[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < vocabulary.length && vocabulary[i].startsWith(prefix); i++) found.push(vocabulary[i]);
    return found.sort((a, b) => a.length - b.length).slice(0, 12);
  }

  /** Closest known words to a query that found nothing, for "did you mean". */
  private closest(terms: string[]): string[] {
    const out: string[] = [];
    for (const term of terms) out.push(...this.near(term, Math.min(3, Math.max(1, Math.ceil(term.length / 3)))).slice(0, 3).map((c) => c.word));
    return [...new Set(out)].slice(0, 5);
  }
}

/** Plurals folded ("feedback loops" → "feedback loop"), so a query names a page whatever its number. */
function singular(squashed: string): string {
  return squashed.replace(/(?<=\p{L}{3})(?<!s)s\b/gu, '');
}

/** Words joined by single spaces, punctuation dropped: "Two-tower models (user" → "two tower models user". */
function squash(normalized: string): string {
  return (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

function groupByPage(hits: SearchHit[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const hit of hits) {
    const url = hit.url.split('#')[0];
    // A page's review questions form their own group, so a question never shows under a section's label.
    const key = hit.kind === 'question' ? `${url}#questions` : url;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, page: hit.page, url, kind: hit.kind, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}
