import { Document } from 'flexsearch';
import { allowedTypos, editDistance } from './fuzzy';
import { highlight, matcher, snippet, type Segment } from './highlight';
import { indexOptions, indexTerms } from './index-options';
import { normalizeText } from './normalize';
import { SEARCH_FORMAT, type PackedRecord, type SearchIndexFile, type SearchTextFile } from './payload';
import { MAX_QUERY } from './limits';
import type { SearchKind } from './records';

export interface SearchHit {
  id: number;
  url: string;
  page: string;
  heading: string;
  parent: string;
  kind: SearchKind;
  score: number;
  /** The section heading (or page title for a page's intro), matched words marked. */
  title: Segment[];
  /** Text around the first match, matched words marked; empty until the text file is loaded. */
  snippet: Segment[];
}

export interface PageGroup {
  page: string;
  url: string;
  kind: SearchKind;
  hits: SearchHit[];
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  groups: PageGroup[];
  /** Words the query was read as, where a typo was corrected ("recomendation" → "recommendation"). */
  corrections: { from: string; to: string }[];
  /** When nothing matched: the closest words the index knows. */
  suggestions: string[];
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
/**
 * A review question is a short record whose every word is on topic, so it would outrank the sections that explain
 * it: questions count at this share, and not as page evidence. A query phrased like the question still finds it.
 */
const QUESTION_WEIGHT = 0.3;

/**
 * Section search over the prebuilt FlexSearch index. Each query word is matched exactly, as a prefix
 * ("leak" → "leakage") and, failing both, as a typo of a known word; title and heading matches outrank
 * body matches, and sections matching every word outrank those matching some.
 */
export class SearchEngine {
  private readonly vocabulary: string[];
  /** Vocabulary by word length, so typo matching only compares words of a plausible length. */
  private readonly byLength: string[][] = [];
  private readonly known: Set<string>;
  private text: string[] = [];
  /** Normalized page title + heading and section text, computed once, for the phrase check. */
  private readonly normalizedTitles: string[];
  private readonly normalizedPages: string[];
  private readonly pageWords: string[][];
  private normalizedText: string[] = [];

  private constructor(
    private readonly doc: Document,
    private readonly records: PackedRecord[],
    vocabulary: Set<string>,
  ) {
    this.vocabulary = [...vocabulary].sort();
    this.known = vocabulary;
    for (const word of this.vocabulary) (this.byLength[word.length] ??= []).push(word);
    this.normalizedTitles = records.map(([, page, heading]) => squash(normalizeText(`${page} ${heading}`)));
    this.normalizedPages = records.map(([, page]) => squash(normalizeText(page)));
    this.pageWords = this.normalizedPages.map((p) => p.split(' '));
  }

  static fromFiles(index: SearchIndexFile, text?: SearchTextFile): SearchEngine {
    if (index.format !== SEARCH_FORMAT) throw new Error(`search index format ${index.format}, expected ${SEARCH_FORMAT}: rebuild the site.`);
    const doc = new Document(indexOptions());
    const vocabulary = new Set<string>();
    for (const [key, data] of Object.entries(index.flex)) {
      doc.import(key, data);
      // The body map's keys are whole words: the vocabulary for prefixes and typos, at no extra bytes.
      if (/^text\.\d+\.map$/.test(key)) for (const [term] of JSON.parse(data) as [string][]) vocabulary.add(term);
    }
    for (const [, page, heading, parent] of index.records) for (const w of indexTerms(`${page} ${heading} ${parent}`)) vocabulary.add(w);
    const engine = new SearchEngine(doc, index.records, vocabulary);
    if (text) engine.setText(text);
    return engine;
  }

  setText(file: SearchTextFile): void {
    if (file.format !== SEARCH_FORMAT) throw new Error(`search text format ${file.format}, expected ${SEARCH_FORMAT}: rebuild the site.`);
    this.text = file.text;
    this.normalizedText = file.text.map((t) => squash(normalizeText(t)));
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 30;
    const terms = [...new Set(indexTerms(query.slice(0, MAX_QUERY)))].filter((t) => t.length <= 40).slice(0, MAX_TERMS);
    const empty: SearchResponse = { query, hits: [], groups: [], corrections: [], suggestions: [] };
    if (terms.length === 0) return empty;

    const corrections: SearchResponse['corrections'] = [];
    const scores = new Map<number, { total: number; matched: number }>();
    const matchedWords: string[] = [];
    for (const term of terms) {
      const variants = this.expand(term);
      if (variants.length && variants[0].weight < 0.8) corrections.push({ from: term, to: variants[0].word });
      // Per section, the best title match and the best body match of any variant of this word.
      const title = new Map<number, number>();
      const body = new Map<number, number>();
      for (const variant of variants) {
        const found = this.doc.search(variant.word, { index: ['title', 'text'], limit: 500 }) as unknown as { field: string; result: number[] }[];
        for (const { field, result } of found) {
          const [target, weight] = field === 'title' ? [title, TITLE_WEIGHT] : [body, TEXT_WEIGHT];
          result.forEach((id, rank) => {
            // Earlier in FlexSearch's ranking (its resolution slots) counts a little more.
            const score = weight * variant.weight * (1 - (0.2 * rank) / result.length);
            target.set(id, Math.max(target.get(id) ?? 0, score));
          });
        }
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
    const sectionsPerPage = new Map<string, number>();
    for (const [id, { matched }] of scores) {
      if (matched === terms.length && this.records[id][4] !== 'question') {
        const page = this.records[id][0].split('#')[0];
        sectionsPerPage.set(page, (sectionsPerPage.get(page) ?? 0) + 1);
      }
    }
    const ranked = [...scores]
      .map(([id, { total, matched }]) => {
        const [url, page, heading, parent, kind] = this.records[id];
        const coverage = matched / terms.length;
        let score = total * coverage * coverage;
        // The words side by side, as typed ("two tower" in "Two-tower models"), beat the words scattered.
        // The page about the query ("drift" → Data Drift) outranks sections that merely mention it.
        if (!heading && coverage === 1 && terms.every((t) => this.pageWords[id].some((w) => w.startsWith(t)))) score += TITLE_WEIGHT;
        if (phrase && !heading && this.normalizedPages[id] === phrase) score += TITLE_WEIGHT * 1.5;
        else if (phrase && this.normalizedTitles[id].includes(phrase)) score += TITLE_WEIGHT;
        else if (phrase && this.normalizedText[id]?.includes(phrase)) score += TEXT_WEIGHT * 1.5;
        score += PAGE_EVIDENCE * Math.min(3, (sectionsPerPage.get(url.split('#')[0]) ?? 1) - 1);
        if (kind === 'question') score *= QUESTION_WEIGHT;
        return { id, url, page, heading, parent, kind, score };
      })
      .filter((hit) => !options.kind || hit.kind === options.kind)
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit);

    const hits: SearchHit[] = ranked.map((hit) => ({
      ...hit,
      title: highlight(hit.heading || hit.page, pattern),
      snippet: this.text[hit.id] ? snippet(this.text[hit.id], pattern) : [],
    }));
    return { query, hits, groups: groupByPage(hits), corrections, suggestions: hits.length ? [] : this.closest(terms) };
  }

  /** The index's own words for a query word: exact, then prefixes, then near misses (typos). */
  private expand(term: string): Variant[] {
    const variants: Variant[] = [];
    if (this.known.has(term)) variants.push({ word: term, weight: 1 });
    if (term.length >= 2) {
      for (const word of this.withPrefix(term)) if (word !== term) variants.push({ word, weight: 0.85 });
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
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.vocabulary[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.vocabulary.length && this.vocabulary[i].startsWith(prefix); i++) found.push(this.vocabulary[i]);
    return found.sort((a, b) => a.length - b.length).slice(0, 12);
  }

  /** Closest known words to a query that found nothing, for "did you mean". */
  private closest(terms: string[]): string[] {
    const out: string[] = [];
    for (const term of terms) out.push(...this.near(term, Math.min(3, Math.max(1, Math.ceil(term.length / 3)))).slice(0, 3).map((c) => c.word));
    return [...new Set(out)].slice(0, 5);
  }
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
    const key = hit.kind === 'question' ? `${url} questions` : url;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { page: hit.page, url, kind: hit.kind, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

