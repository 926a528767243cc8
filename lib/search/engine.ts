import { describeResults } from './describe';
import { allowedTypos, editDistance } from './fuzzy';
import { highlight, matcher, snippet, type Segment } from './highlight';
import { indexTerms } from './index-terms';
import { normalizeText, words } from './normalize';
import { MAX_QUERY } from './limits';
import { stem, stemPrefix } from './stem';
import { SEARCH_FORMAT, SEARCH_TEXT_DIR, type PackedPage, type SearchIndexFile } from './payload';
import { pageEmphasis, pageStats, spreadAcrossPages, type PageStats } from './rank';
import type { SearchKind } from './records';
import { ShardStore } from './shard-store';
import { buildShards, type SearchCore } from './shards';

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
  /** The query is another's typos corrected (internal: it is not corrected again). */
  asCorrected?: boolean;
}

/** The shards, position shards and chunks a query read that were not loaded, by index. */
export interface Missing {
  shards: number[];
  positions: number[];
  chunks: number[];
}

interface Variant {
  word: string;
  weight: number;
}

/**
 * What one part of the query asks for: a word as typed, or a phrase of search-synonyms.yaml with the group's other
 * phrases as alternatives. A section's score for the slot is its best alternative's.
 */
interface Slot {
  /** A single word as typed (its typos are corrected and reported); false for a synonym group. */
  typed: boolean;
  alternatives: { words: string[]; weight: number }[];
}

const MAX_TERMS = 8;
/** How many of the first sections (ranked without it) are checked for the query as a phrase in their heading. */
const TITLE_CHECKS = 40;
/** The most term shards a keystroke prefetches for the words its last word may grow into (SearchEngine.upcoming). */
const MAX_GROWING = 3;
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
/** Another form of the word typed ("versioning" → "version"): below the word itself, above a mere prefix. */
const STEM_WEIGHT = 0.9;
/** Another phrase of a synonym group than the one typed ("tail latency" for "p99"). */
const SYNONYM_WEIGHT = 0.8;
/** What a word of its page's title counts for a section that does not have the word itself. */
const PAGE_CONTEXT_WEIGHT = 0.5;
/** What the home page's and the symptom navigator's records count for, against a section that explains. */
const NAVIGATION_WEIGHT = 0.5;
/** A query word whose IDF is below this share of the query's rarest word's does not decide which sections come first. */
const KEY_SHARE = 0.5;

/**
 * Section search over the site's text. Each query word is matched exactly, as a prefix ("leak" →
 * "leakage") and, failing both, as a typo of a known word. A section scores by where the words are (its
 * title over its text), how often its text has them for its length (BM25), and whether it has them all, side
 * by side; its page adds what it says about the query as a whole (pageEmphasis). Results then spread across
 * pages, a page's further sections ranking below other pages' best ones (spreadAcrossPages).
 */
export class SearchEngine {
  private readonly known: Set<string>;
  /** Every index term, sorted (the core's vocabulary): for prefixes and word forms. */
  private readonly vocabulary: string[];
  /** Vocabulary by word length, so typo matching only compares words of a plausible length. */
  private readonly byLength: string[][] = [];
  /** Stems of vocabulary words, computed as queries need them (stemming the whole vocabulary on load cost ≈50 ms). */
  private readonly stems = new Map<string, string>();
  /** Whether a pair of words stands side by side somewhere, and in how many sections a word is: asked by typo correction. */
  private readonly phrases = new Map<string, boolean>();
  private readonly frequencies = new Map<string, number>();
  /** Each page's normalized title, and its words' stems, computed when first needed. */
  private readonly normalizedPages: string[];
  private readonly pageStemsCache: (string[] | undefined)[] = [];
  private readonly stemmedCache = new Map<string, string>();
  /** The synonym phrases (search-synonyms.yaml) as normalized words, longest first, each with its group. */
  private readonly synonymPhrases: { words: string[]; group: number }[];
  /** Each page's sections (review questions left out), by page id. */
  private readonly pageSections: number[][];
  private readonly stats: PageStats[];
  private readonly pages: PackedPage[];
  private readonly averageLength: number;
  /** Each section's prose, when the file carries it (built in memory); the site's file does not. */
  private readonly texts: readonly string[];

  private constructor(
    /** The index as loaded so far (the loaders add parts to it). */
    readonly store: ShardStore,
    texts: readonly string[] = [],
  ) {
    const core = store.core;
    this.pages = core.pages;
    this.texts = texts;
    this.known = new Set(core.vocabulary);
    this.vocabulary = core.vocabulary;
    for (const word of this.vocabulary) (this.byLength[word.length] ??= []).push(word);
    let total = 0;
    for (const length of core.lengths) total += length;
    this.averageLength = total / Math.max(1, core.lengths.length);
    this.normalizedPages = core.pages.map(([, title]) => squash(normalizeText(title)));
    this.pageSections = core.pages.map(() => []);
    core.sectionPages.forEach((page, id) => {
      if (this.ownKind(id) !== 'question') this.pageSections[page].push(id);
    });
    this.synonymPhrases = (core.synonyms ?? [])
      .flatMap((group, index) => group.map((phrase) => ({ words: words(phrase), group: index })))
      .filter((p) => p.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
    this.stats = pageStats(core.pages, core.sectionPages, core.lengths);
  }

  /** The engine over a whole search file in memory (tests, the MCP server): every shard and chunk is loaded. */
  static fromFile(file: SearchIndexFile): SearchEngine {
    if (file.format !== SEARCH_FORMAT) throw new Error(`search index format ${file.format}, expected ${SEARCH_FORMAT}: rebuild the site.`);
    const { core, shards, positions, chunks } = buildShards(file);
    const store = new ShardStore(core);
    shards.forEach((shard, i) => store.addShard(i, shard));
    positions.forEach((shard, i) => store.addPositions(i, shard));
    chunks.forEach((chunk, i) => store.addChunk(i, chunk));
    return new SearchEngine(store, file.texts);
  }

  /** The engine over the core alone (the browser): shards and chunks are loaded as queries need them (searchLoading). */
  static fromCore(core: SearchCore): SearchEngine {
    if (core.format !== SEARCH_FORMAT) throw new Error(`search index format ${core.format}, expected ${SEARCH_FORMAT}: rebuild the site.`);
    return new SearchEngine(new ShardStore(core));
  }

  get version(): string {
    return this.store.core.version;
  }

  /**
   * Searches, loading what the query reads and the engine lacks (`load` adds it to the store) and searching again
   * until nothing is missing: the response is the one the whole index in memory gives.
   */
  async searchLoading(query: string, options: SearchOptions, load: (store: ShardStore, missing: Missing) => Promise<void>): Promise<SearchResponse> {
    const { missing } = this.store;
    // The phrase checks of a query of several words read the positions of its words: fetched with their postings,
    // not in a round of their own after them. A single word's too: the next word typed makes it a phrase, and its
    // positions were then a wait of their own at that word's first letter (scripts/search-waits.ts: ×1 86 → 79 of
    // 937 keystrokes waited; first use unchanged at ×1, median +0.5 KB at ×10, worst unchanged).
    const typed = words(query.slice(0, MAX_QUERY));
    const own = typed.map((w) => this.store.shardOf(w)).filter((i) => i >= 0);
    for (;;) {
      const response = this.searchIfLoaded(query, options);
      if (response) return response;
      const positions = new Set(missing.positions);
      // Only the words' own shards: the shards of their prefixes, forms and typos rarely need positions.
      if (missing.shards.size) for (const i of own) if (!this.store.hasPositions(i)) positions.add(i);
      const wanted: Missing = { shards: [...missing.shards], positions: [...positions], chunks: [...missing.chunks] };
      await load(this.store, wanted);
      // What was missing must be there now: a loader that could not load it throws instead of looping.
      if (wanted.shards.some((i) => !this.store.hasShard(i)) || wanted.positions.some((i) => !this.store.hasPositions(i)) || wanted.chunks.some((i) => !this.store.hasChunkIndex(i))) {
        throw new Error('search index files did not load');
      }
    }
  }

  /**
   * The parts a query being typed will soon read and the store lacks, to fetch without waiting, most likely first:
   * the term shard its last word is in, the position shards of its earlier words (a query of several words reads
   * them), and the term shards of the words its last word may become, only when it has two letters or more and they
   * are at most MAX_GROWING shards (a shard is at most ≈12 KB of JSON, ≈4 KB gzip): a shorter word could grow into
   * dozens, and fetching them queued the query's own parts behind them (×10: 2,526 parts for 937 keystrokes).
   */
  upcoming(query: string): Missing {
    const typed = words(query.slice(0, MAX_QUERY));
    const last = typed.at(-1) ?? '';
    const shards = new Set<number>();
    if (last) {
      const own = this.store.shardOf(last);
      if (own >= 0) shards.add(own);
      if (last.length >= 2) {
        const longer = this.store.core.shards.flatMap((key, i) => (key.length > last.length && key.startsWith(last) ? [i] : []));
        if (longer.length <= MAX_GROWING) for (const i of longer) shards.add(i);
      }
    }
    // A query of several words, or one word and a space, reads the positions of its words (PhraseCheck: the first
    // word's as the end of a longer word, the last word's as the start of one): its own shards' here.
    const positions = new Set<number>();
    const phrase = typed.length > 1 || (typed.length === 1 && /\s$/.test(query));
    if (phrase) for (const word of typed) positions.add(this.store.shardOf(word));
    if (typed.length > 1 && last.length >= 2) for (const i of shards) positions.add(i);
    return {
      shards: [...shards].filter((i) => i >= 0 && !this.store.hasShard(i)),
      positions: [...positions].filter((i) => i >= 0 && !this.store.hasPositions(i)),
      chunks: [],
    };
  }

  /** The response, when the parts the query reads are all loaded (a keystroke's usual case); undefined otherwise. */
  searchIfLoaded(query: string, options: SearchOptions = {}): SearchResponse | undefined {
    const { missing } = this.store;
    for (const set of Object.values(missing)) set.clear();
    const response = this.search(query, options);
    return Object.values(missing).every((set) => set.size === 0) ? response : undefined;
  }

  private ownKind(id: number): SearchKind | undefined {
    const index = this.store.core.roles[id] >> 2;
    return index ? this.store.core.kinds[index - 1] : undefined;
  }

  private hasAnchor(id: number): boolean {
    return (this.store.core.roles[id] & 1) === 1;
  }

  private hasHeading(id: number): boolean {
    return (this.store.core.roles[id] & 2) === 2;
  }

  private pageOf(id: number): number {
    return this.store.core.sectionPages[id];
  }

  /**
   * Sections whose title has the word or, as titles are matched by word starts, a word starting with it; with
   * `exact`, only the word itself.
   */
  private inTitles(word: string, exact = false): number[] {
    const ids = new Set<number>();
    for (const title of exact ? [word] : this.startingWith(word, Infinity)) for (const id of this.store.postings(title).titles) ids.add(id);
    return [...ids].sort((a, b) => a - b);
  }

  /** Calls back with each section whose body has the word, and how often. */
  private inBodies(word: string, each: (id: number, count: number) => void): void {
    for (const [id, count] of this.store.postings(word).bodies) each(id, count);
  }

  /** Where a section's text is served, relative to the site root. */
  textUrl(id: number): string {
    return `${SEARCH_TEXT_DIR}/${this.version}/${id}.txt`;
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 30;
    const terms = [...new Set(indexTerms(query.slice(0, MAX_QUERY)))].filter((t) => t.length <= 40).slice(0, MAX_TERMS);
    const empty: SearchResponse = { query, hits: [], groups: [], counts: { all: 0, some: 0 }, corrections: [], suggestions: [], matched: [] };
    if (terms.length === 0) return empty;

    const corrections: SearchResponse['corrections'] = [];
    const matchedWords: string[] = [];
    const slots = this.slotsOf(query.slice(0, MAX_QUERY), terms);
    // The words next to each word as typed: a near miss that makes a phrase with one is the likelier correction.
    const neighbors = new Map(terms.map((t, i) => [t, [terms[i - 1], terms[i + 1]].filter((n): n is string => !!n)]));
    // Each query word once, whichever slots it serves in: its variants (forms, prefixes, typos) and where they score.
    const scored = new Map<string, { variants: Variant[]; best: Map<number, number> }>();
    const scoreWord = (term: string) => {
      let found = scored.get(term);
      if (!found) scored.set(term, (found = this.scoreWord(term, neighbors.get(term) ?? [])));
      return found;
    };
    for (const slot of slots) {
      if (!slot.typed) continue;
      const { variants } = scoreWord(slot.alternatives[0].words[0]);
      if (variants.length && variants[0].weight < 0.8) corrections.push({ from: slot.alternatives[0].words[0], to: variants[0].word });
    }
    // The status line says "showing results for" the corrected query: they are its results, as if typed (a near miss
    // alone matched only that word and three other near misses, not its forms and prefixes: "canry deploymnt" ranked
    // an MLOps maturity level first, "canary deployment" the Canary stage). The corrected words are in the index, so
    // this second reading corrects nothing.
    if (corrections.length && !options.asCorrected) {
      const fixedWords = new Map(corrections.map((c) => [c.from, c.to]));
      const readAs = words(query.slice(0, MAX_QUERY)).map((w) => fixedWords.get(w) ?? w).join(' ');
      return { ...this.search(readAs, { ...options, asCorrected: true }), query, corrections, corrected: readAs };
    }
    // Per slot, each section's score (the best of its alternatives) and how much of the slot it has (0–1).
    const slotScores = slots.map((slot) => {
      const result = new Map<number, { score: number; found: number }>();
      for (const alternative of slot.alternatives) {
        const perSection = new Map<number, { sum: number; found: number }>();
        for (const word of alternative.words) {
          const { variants, best } = scoreWord(word);
          for (const v of variants) matchedWords.push(v.word);
          for (const [id, score] of best) {
            const entry = perSection.get(id) ?? { sum: 0, found: 0 };
            entry.sum += score;
            entry.found += 1;
            perSection.set(id, entry);
          }
        }
        for (const [id, { sum, found }] of perSection) {
          const share = found / alternative.words.length;
          const score = alternative.weight * sum * share * share;
          const previous = result.get(id);
          if (!previous || score > previous.score) result.set(id, { score, found: share });
        }
      }
      return result;
    });
    // The rarer a slot's words in the atlas, the more they say about what is asked (BM25's IDF), relative to the
    // query's other slots: a one-word query scores as before, and in "who owns the model after launch" "owns"
    // outweighs "model".
    const total = this.store.core.sectionPages.length;
    const idf = slotScores.map((m) => Math.log(1 + (total - m.size + 0.5) / (m.size + 0.5)));
    const meanIdf = idf.reduce((a, b) => a + b, 0) / Math.max(1, idf.length) || 1;
    const slotWeight = idf.map((value) => value / meanIdf);
    const weightSum = slotWeight.reduce((a, b) => a + b, 0) || 1;
    // The slots that decide which sections come first: all but words far more common than the query's rarest, so
    // in "canary deployment" the Canary section (no word for deploying in it) is not ranked below every section
    // that says both.
    const maxIdf = Math.max(...idf);
    const key = idf.map((value) => value >= KEY_SHARE * maxIdf);
    const keyCount = key.filter(Boolean).length;
    const scores = new Map<number, { total: number; coverage: number; matched: number; keys: number }>();
    slotScores.forEach((m, i) => {
      for (const [id, { score, found }] of m) {
        const entry = scores.get(id) ?? { total: 0, coverage: 0, matched: 0, keys: 0 };
        entry.total += slotWeight[i] * score;
        entry.coverage += (slotWeight[i] * found) / weightSum;
        if (found === 1) entry.matched += 1;
        if (found === 1 && key[i]) entry.keys += 1;
        scores.set(id, entry);
      }
    });
    const variantsOfTerm = slots.map((slot) => slot.alternatives.flatMap((a) => a.words.flatMap((w) => scoreWord(w).variants.map((v) => v.word))));

    const fixed = new Map(corrections.map((c) => [c.from, c.to]));
    const readAs = words(query.slice(0, MAX_QUERY)).map((w) => fixed.get(w) ?? w);
    const phrase = terms.length > 1 ? readAs.join(' ') : '';
    const stemmedPhrase = phrase && this.stemmed(phrase);
    const slotStems = slots.map((slot) => slot.alternatives.map((a) => a.words.map((w) => stem(fixed.get(w) ?? w))));
    const pattern = matcher(matchedWords);
    // Page-level evidence: a section whose page matches in several sections is more likely the answer.
    const sectionsPerPage = new Map<number, number>();
    for (const [id, { matched }] of scores) {
      if (matched === slots.length && !this.ownKind(id)) sectionsPerPage.set(this.pageOf(id), (sectionsPerPage.get(this.pageOf(id)) ?? 0) + 1);
    }
    const emphasis = pageEmphasis(this.stats, this.store.core.sectionPages, (word, each) => this.inBodies(word, each), [...scores.keys()], variantsOfTerm);
    const phrases = phrase ? new PhraseCheck(this.store, readAs, this.allWordsStartingWith.bind(this), this.normalizedPages) : undefined;
    // Whether a section's heading has the phrase needs its heading, in a chunk: asked only of the sections that rank
    // among the first TITLE_CHECKS without it (at ×10 asking every section loaded 104 chunks for "a/b test").
    const provisional = [...scores]
      .map(([id, { total, coverage, matched, keys }]) => {
        const pageId = this.pageOf(id);
        const [path, page, pageKind] = this.pages[pageId];
        const kind: SearchKind = this.ownKind(id) ?? pageKind;
        const heading = this.hasHeading(id);
        const allWords = matched === slots.length;
        let base = total * coverage * coverage;
        // The words side by side, as typed ("two tower" in "Two-tower models"), beat the words scattered.
        // The page about the query ("drift" → Data Drift) outranks sections that merely mention it.
        if (!heading && allWords && slotStems.every((alternatives) => alternatives.some((stems) => stems.every((s) => this.pageStems(id).some((w) => w.startsWith(s)))))) base += TITLE_WEIGHT;
        base += PAGE_EVIDENCE * Math.min(3, (sectionsPerPage.get(pageId) ?? 1) - 1);
        base += coverage * (emphasis.get(pageId) ?? 0);
        // The phrase in the title, decided here by the page title where it can be; `titleCheck` when the heading may decide it.
        let bonus = 0;
        let titleCheck = false;
        const inTitle = (title: string) => title.includes(phrase) || this.stemmed(title).includes(stemmedPhrase);
        if (phrases && !heading && this.stemmed(this.normalizedPages[pageId]) === stemmedPhrase) bonus = TITLE_WEIGHT * 2;
        else if (phrases && this.titleHas(id, false, inTitle)) bonus = TITLE_WEIGHT;
        else if (phrases) {
          titleCheck = phrases.mayBeInTitle(id);
          if (phrases.inText(id)) bonus = TEXT_WEIGHT * 1.5;
        }
        // A question asked in its own words ("how do we detect drift") is what is looked for: it counts twice as much.
        let factor = 1;
        let questionCheck = false;
        if (kind === 'question') {
          const asked = !!phrases && this.titleHas(id, false, (title) => title.includes(phrase));
          factor = asked ? 2 * QUESTION_WEIGHT : QUESTION_WEIGHT;
          questionCheck = !asked && !!phrases && phrases.mayBeInTitle(id);
        }
        // The home page and the symptom navigator point to the pages that explain: they follow those pages unless
        // they alone have the words ("offline metrics good but production bad" is a symptom's own phrase).
        if (kind === 'symptom' || path === '/') factor *= NAVIGATION_WEIGHT;
        // The page's path: spreading across pages reads no more; the shown hits get their anchors below.
        return { id, url: path, page, kind, score: (base + bonus) * factor, allWords, first: keys === keyCount, base, bonus, factor, titleCheck, questionCheck, inTitle };
      })
      .filter((hit) => !options.kind || hit.kind === options.kind)
      .sort((a, b) => Number(b.first) - Number(a.first) || b.score - a.score || a.id - b.id);
    const ranked = provisional.map(({ base, bonus, factor, titleCheck, questionCheck, inTitle, ...hit }, rank) => {
      if (rank >= TITLE_CHECKS || !(titleCheck || questionCheck)) return hit;
      if (titleCheck && this.titleHas(hit.id, true, inTitle)) bonus = TITLE_WEIGHT;
      if (questionCheck && this.titleHas(hit.id, true, (title) => title.includes(phrase))) factor *= 2;
      return { ...hit, score: (base + bonus) * factor };
    });
    const spread = spreadAcrossPages(ranked);
    const all = spread.filter((hit) => hit.allWords).length;

    const hits: SearchHit[] = spread.slice(0, limit).map(({ first: _first, ...hit }) => {
      const [anchor, heading, parent] = this.store.strings(hit.id) ?? ['', '', ''];
      return {
        ...hit,
        url: anchor ? `${hit.url}#${anchor}` : hit.url,
        heading,
        parent,
        title: highlight(heading || hit.page, pattern),
        ...this.snippetOf(hit.id, this.texts[hit.id], pattern),
      };
    });
    return {
      query,
      hits,
      groups: groupByPage(hits),
      counts: { all, some: spread.length - all },
      corrections,
      corrected: corrections.length ? readAs.join(' ') : undefined,
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
    const text = (this.store.strings(id)?.[3] ?? 1) ? known : '';
    if (text === undefined) return { snippet: [], pending: true };
    return { snippet: snippet(text || this.pages[this.pageOf(id)][4], pattern), pending: false };
  }

  /** The status line for a response ("14 sections have every word, …"): here, so it loads with the engine. */
  describe(response: SearchResponse): string {
    return describeResults(response);
  }

  /**
   * Whether a section's title (page title and heading, squashed) passes `test`, a test that holds for a title if it
   * holds for its start: decided by the page title where it can be, and otherwise only for the titles that `mayBe`
   * have the words, so only those sections' headings are loaded.
   */
  private titleHas(id: number, mayBe: boolean, test: (title: string) => boolean): boolean {
    if (test(this.normalizedPages[this.pageOf(id)])) return true;
    if (!mayBe) return false;
    const strings = this.store.strings(id);
    return !!strings && test(this.normalizedTitle(id, strings[1]));
  }

  private normalizedTitle(id: number, heading: string): string {
    return squash(normalizeText(`${this.pages[this.pageOf(id)][1]} ${heading}`));
  }

  /** Index terms and stop words starting with `prefix`, in order. */
  private allWordsStartingWith(prefix: string): string[] {
    return rangeStartingWith(this.store.allWords, prefix, Infinity);
  }

  /** The query's slots: synonym phrases first (longest match at each word), then each remaining word not a stop word. */
  private slotsOf(query: string, terms: string[]): Slot[] {
    if (this.synonymPhrases.length === 0) return terms.map((t) => ({ typed: true, alternatives: [{ words: [t], weight: 1 }] }));
    const allowed = new Set(terms);
    const queryWords = words(query);
    const slots: Slot[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < queryWords.length && slots.length < MAX_TERMS; ) {
      const match = this.synonymPhrases.find((p) => p.words.every((w, k) => queryWords[i + k] === w));
      if (match) {
        i += match.words.length;
        const typed = match.words.join(' ');
        const key = `group ${match.group}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const alternatives = this.synonymPhrases
          .filter((p) => p.group === match.group)
          .map((p) => ({ words: [...new Set(indexTerms(p.words.join(' ')))], weight: p.words.join(' ') === typed ? 1 : SYNONYM_WEIGHT }))
          .filter((a) => a.words.length > 0);
        if (alternatives.length) slots.push({ typed: false, alternatives });
        continue;
      }
      const word = queryWords[i++];
      if (!allowed.has(word) || seen.has(word)) continue;
      seen.add(word);
      slots.push({ typed: true, alternatives: [{ words: [word], weight: 1 }] });
    }
    return slots;
  }

  /** A word's variants in the index and, per section, its best title match plus its best text match (BM25). */
  private scoreWord(term: string, neighbors: string[]): { variants: Variant[]; best: Map<number, number> } {
    const variants = this.expand(term, neighbors);
    // A one-letter word among others ("b" of "a/b test") is a word of its own, not the start of every title word
    // with that letter (at ×10 those were 54 term shards).
    const exact = term.length === 1 && neighbors.length > 0;
    const title = new Map<number, number>();
    const body = new Map<number, number>();
    for (const variant of variants) {
      for (const id of this.inTitles(variant.word, exact)) {
        // A word is more of what a short title is about than of a long one ("Rollback" vs "Set up automated rollback triggers").
        const focus = 0.5 + 0.5 / Math.sqrt(this.store.core.titleLengths[id]);
        title.set(id, Math.max(title.get(id) ?? 0, TITLE_WEIGHT * variant.weight * focus));
      }
      this.inBodies(variant.word, (id, count) => {
        const norm = 1 - B + (B * this.store.core.lengths[id]) / this.averageLength;
        const score = TEXT_WEIGHT * variant.weight * ((count * (K1 + 1)) / (count + K1 * norm));
        body.set(id, Math.max(body.get(id) ?? 0, score));
      });
    }
    const best = new Map(title);
    for (const [id, score] of body) best.set(id, (best.get(id) ?? 0) + score);
    // A section is about its page's subject even where its own text does not repeat it: "fraud detection
    // architecture" finds Fraud Detection › Common architecture. The page title counts, a little, for each section.
    for (const variant of variants) {
      for (const id of this.inTitles(variant.word, exact)) {
        if (this.hasAnchor(id) || this.ownKind(id)) continue;
        for (const section of this.pageSections[this.pageOf(id)]) {
          if (!best.has(section)) best.set(section, PAGE_CONTEXT_WEIGHT * variant.weight);
        }
      }
    }
    return { variants, best };
  }

  /** Stems of the words of a section's page title. */
  private pageStems(id: number): string[] {
    const page = this.pageOf(id);
    return (this.pageStemsCache[page] ??= this.normalizedPages[page].split(' ').map(stem));
  }

  /** A squashed text with each word stemmed, so "time based split" meets "Proper time-based splits". */
  private stemmed(squashed: string): string {
    let found = this.stemmedCache.get(squashed);
    if (found === undefined) this.stemmedCache.set(squashed, (found = squashed.split(' ').map(stem).join(' ')));
    return found;
  }

  /** The index's own words for a query word: exact, then prefixes, then near misses (typos). */
  private expand(term: string, neighbors: string[] = []): Variant[] {
    const variants: Variant[] = [];
    if (this.known.has(term)) variants.push({ word: term, weight: 1 });
    if (term.length >= 2) {
      // A plural is the same word ("loop" finds "Feedback Loops" as well as "Feedback loop"); other words
      // starting with the term are prefix matches.
      for (const word of this.withPrefix(term)) if (word !== term) variants.push({ word, weight: word === `${term}s` || word === `${term}es` ? 1 : 0.85 });
    }
    // Other forms of the word: a form already found as a prefix rises to a stem match's weight.
    for (const word of this.formsOf(term)) {
      if (word === term) continue;
      const found = variants.find((v) => v.word === word);
      if (!found) variants.push({ word, weight: STEM_WEIGHT });
      else found.weight = Math.max(found.weight, STEM_WEIGHT);
    }
    // A word the index lacks, next to another: look for near misses only when no prefix or form of it makes a phrase
    // with a neighbour (edit distance over the vocabulary is the costly part of a query).
    const unconfirmed = () => term.length >= 4 && !variants.slice(0, 12).some((v) => neighbors.some((n) => this.phraseOccurs(n, v.word)));
    if (variants.length === 0 || (!this.known.has(term) && neighbors.length && unconfirmed())) {
      // Near misses, closest first, then those that form a phrase of the atlas with a word next to them ("cold
      // strat" → "cold start"), then those the typed word misses only letters of (a dropped letter is the commonest
      // slip: "canry" is canary, not carry), then the most frequent in the atlas.
      const typos = this.near(term, allowedTypos(term.length))
        .map((t) => ({ ...t, phrase: neighbors.some((n) => this.phraseOccurs(n, t.word)), dropped: lettersDropped(term, t.word) }))
        .sort(
          (a, b) =>
            a.distance - b.distance ||
            Number(b.phrase) - Number(a.phrase) ||
            Number(b.dropped) - Number(a.dropped) ||
            this.frequency(b.word) - this.frequency(a.word) ||
            a.word.localeCompare(b.word),
        );
      if (variants.length === 0) {
        for (const { word, distance } of typos.slice(0, 4)) variants.push({ word, weight: 0.75 - 0.1 * distance });
      } else if (typos[0]?.phrase && !variants.some((v) => neighbors.some((n) => this.phraseOccurs(n, v.word)))) {
        // The word as typed is only a prefix of words that make no phrase here ("strat" of "strategy"), while a near
        // miss makes one: it is the correction, and the prefix matches follow it.
        for (const v of variants) v.weight *= 0.6;
        variants.unshift({ word: typos[0].word, weight: 0.75 - 0.1 * typos[0].distance });
      }
    }
    return variants;
  }

  /** Whether two query words stand side by side, in either order, in a section's text or title. */
  private phraseOccurs(a: string, b: string): boolean {
    const key = `${a} ${b}`;
    let found = this.phrases.get(key);
    if (found === undefined) {
      const missing = this.store.misses;
      const inside = [`${a} ${b}`, `${b} ${a}`];
      found = false;
      const [atA, atB] = [this.store.positions(a), this.store.positions(b)];
      // A title can have both words only if its heading or its page's title has `b`: only those headings are loaded.
      const headings = new Set(this.store.postings(b).headings);
      for (const id of this.sectionsWith(b).slice(0, 300)) {
        const inText = adjacent(atA.get(id), atB.get(id));
        const inTitle = !inText && (headings.has(id) || this.normalizedPages[this.pageOf(id)].split(' ').includes(b)) && this.titleHas(id, true, (title) => inside.some((p) => hasPhrase(title, p)));
        if (inText || inTitle) {
          found = true;
          break;
        }
      }
      if (this.store.misses === missing) this.phrases.set(key, found);
    }
    return found;
  }

  /** Sections whose text has the word. */
  private sectionsWith(word: string): number[] {
    const ids: number[] = [];
    this.inBodies(word, (id) => ids.push(id));
    for (const id of this.inTitles(word)) ids.push(id);
    return ids;
  }

  /** How many sections have the word: how much of the atlas's own vocabulary it is. */
  private frequency(word: string): number {
    let found = this.frequencies.get(word);
    if (found === undefined) {
      const missing = this.store.misses;
      found = this.sectionsWith(word).length;
      // Counted over parts not loaded yet, it is wrong: asked again once they are.
      if (this.store.misses === missing) this.frequencies.set(word, found);
    }
    return found;
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

  /** Vocabulary words starting with `prefix`, shortest first, at most 12. */
  private withPrefix(prefix: string): string[] {
    return this.startingWith(prefix, Infinity)
      .sort((a, b) => a.length - b.length)
      .slice(0, 12);
  }

  /** The vocabulary's other forms of a word (same stem): only the words sharing the stem's start are stemmed. */
  private formsOf(term: string): string[] {
    const key = this.stemOf(term);
    if (term.length < 4) return [];
    return this.startingWith(stemPrefix(key), 200).filter((word) => word !== term && this.stemOf(word) === key);
  }

  private stemOf(word: string): string {
    let found = this.stems.get(word);
    if (found === undefined) this.stems.set(word, (found = stem(word)));
    return found;
  }

  /** Vocabulary words starting with `prefix`, in order, at most `max` (binary search in the sorted list). */
  private startingWith(prefix: string, max: number): string[] {
    return rangeStartingWith(this.vocabulary, prefix, max);
  }

  /** Closest known words to a query that found nothing, for "did you mean". */
  private closest(terms: string[]): string[] {
    const out: string[] = [];
    for (const term of terms) out.push(...this.near(term, Math.min(3, Math.max(1, Math.ceil(term.length / 3)))).slice(0, 3).map((c) => c.word));
    return [...new Set(out)].slice(0, 5);
  }
}

/** Sorted `list`'s words starting with `prefix`, in order, at most `max` (binary search). */
function rangeStartingWith(list: readonly string[], prefix: string, max: number): string[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < list.length && found.length < max && list[i].startsWith(prefix); i++) found.push(list[i]);
  return found;
}

/** Whether two words stand side by side, in either order, given their positions in one text. */
function adjacent(a: number[] | undefined, b: number[] | undefined): boolean {
  if (!a || !b) return false;
  const at = new Set(b);
  return a.some((p) => at.has(p + 1) || at.has(p - 1));
}

/**
 * Whether the query as read (its words joined) stands in a section's text, from the words' positions: the text's
 * words joined contain it where a word ending with the first stands before the middle ones and a word starting
 * with the last, as a substring test on the joined text would find.
 */
class PhraseCheck {
  private first?: Map<number, number[]>;
  private last?: Map<number, Set<number>>;
  /** Per word of the phrase: the sections whose heading, and the pages whose title, may have it. */
  private inTitles?: { sections: Set<number>; pages: Set<number> }[];

  constructor(
    private readonly store: ShardStore,
    private readonly phrase: string[],
    private readonly startingWith: (prefix: string) => string[],
    private readonly pageTitles: string[],
  ) {}

  inText(id: number): boolean {
    const n = this.phrase.length;
    if (!this.first) {
      const q0 = this.phrase[0];
      // A phrase's first word may end a longer word of the text, as a substring would; a one-letter word ("a" of
      // "a/b test") only stands for itself: read as a suffix it asked for the positions of every word ending in "a".
      this.first = union(this.store, q0.length === 1 ? [q0] : this.store.allWords.filter((w) => w.endsWith(q0)));
      // Its last word may start a longer word, as the query is typed; a one-letter one stands for itself too (read as
      // a prefix, "cold s" asked for the positions of every word starting with s).
      const qn = this.phrase[n - 1];
      this.last = new Map([...union(this.store, qn.length === 1 ? [qn] : this.startingWith(qn))].map(([k, v]) => [k, new Set(v)]));
    }
    const starts = this.first.get(id);
    const ends = this.last!.get(id);
    if (!starts || !ends) return false;
    const middle = this.phrase.slice(1, -1).map((w) => this.store.positions(w).get(id));
    if (middle.some((m) => !m)) return false;
    return starts.some((p) => ends.has(p + n - 1) && middle.every((m, k) => m!.includes(p + k + 1)));
  }

  /**
   * Whether a section's title (page title and heading) may have the phrase: for each word of it, a word with the
   * start it shares with its stem (so the stemmed comparison is covered too) in its heading or its page's title:
   * at the start of a title word for the later words, anywhere in one for the first, which may end a longer word.
   * Words sharing under three letters with their stem ("a", "b" of "a/b") are too common to narrow anything.
   */
  mayBeInTitle(id: number): boolean {
    this.inTitles ??= this.phrase.flatMap((word, k) => {
      const stemmed = stemPrefix(stem(word));
      let part = '';
      while (part.length < Math.min(word.length, stemmed.length) && word[part.length] === stemmed[part.length]) part += word[part.length];
      if (part.length < 3) return [];
      const has = k === 0 ? (w: string) => w.includes(part) : (w: string) => w.startsWith(part);
      const titleWords = k === 0 ? this.store.allWords.filter(has) : this.startingWith(part);
      return {
        sections: new Set(titleWords.flatMap((w) => this.store.postings(w).headings)),
        pages: new Set(this.pageTitles.flatMap((title, page) => (title.split(' ').some(has) ? [page] : []))),
      };
    });
    const page = this.store.core.sectionPages[id];
    return this.inTitles.every(({ sections, pages }) => sections.has(id) || pages.has(page));
  }
}

/** The positions of several words, by section: for each section, every position one of them is at. */
function union(store: ShardStore, list: string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const word of list) {
    for (const [id, positions] of store.positions(word)) {
      const found = out.get(id);
      if (found) found.push(...positions);
      else out.set(id, [...positions]);
    }
  }
  return out;
}

/** Whether `phrase` stands in `text` (both squashed) as whole words. */
function hasPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if ((at === 0 || text[at - 1] === ' ') && (at + phrase.length === text.length || text[at + phrase.length] === ' ')) return true;
  }
  return false;
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

/** Whether `typed` is `word` with letters left out (each of its letters in order in `word`): "canry" of "canary". */
function lettersDropped(typed: string, word: string): boolean {
  let i = 0;
  for (const ch of word) if (ch === typed[i]) i++;
  return i === typed.length && word.length > typed.length;
}
