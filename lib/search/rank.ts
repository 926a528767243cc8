import { indexTerms } from './index-terms';
import type { PackedPage } from './payload';

/** How much a page's emphasis on the query adds to each of its sections' scores, at most. */
const SUMMARY_WEIGHT = 1;
const DENSITY_WEIGHT = 1.5;
/** Occurrences per 1,000 words of a page at which it counts as fully about a word. */
const DENSITY_FULL = 10;
/** Each further section of a page ranks as if it scored this much less than the one before it. */
const SPREAD = 0.7;

export interface PageStats {
  /** Words in the page's text, all sections together. */
  words: number;
  /** Index terms of its one-sentence summary. */
  summary: Set<string>;
}

/** Each page's stats, from each section's page id and body length. */
export function pageStats(pages: PackedPage[], sectionPages: number[], lengths: number[]): PageStats[] {
  const stats = pages.map(([, , , , summary]) => ({ words: 0, summary: new Set(indexTerms(summary)) }));
  sectionPages.forEach((page, id) => (stats[page].words += lengths[id]));
  return stats;
}

/**
 * What a page says about the query as a whole, beyond its best section: whether its summary names the
 * words, and how often it discusses them for its length. "seasonality" is the key challenge of Predictive
 * Analytics (in its summary, ten times on the page); Data Drift mentions it in passing.
 */
export function pageEmphasis(
  stats: PageStats[],
  sectionPages: number[],
  inBodies: (word: string, each: (id: number, count: number) => void) => void,
  candidates: number[],
  variantsOfTerm: string[][],
): Map<number, number> {
  const pages = new Set(candidates.map((id) => sectionPages[id]));
  const emphasis = new Map<number, number>();
  if (variantsOfTerm.length === 0) return emphasis;
  const occurrences = variantsOfTerm.map(() => new Map<number, number>());
  variantsOfTerm.forEach((variants, term) => {
    for (const word of variants) {
      inBodies(word, (id, count) => {
        const page = sectionPages[id];
        if (pages.has(page)) occurrences[term].set(page, (occurrences[term].get(page) ?? 0) + count);
      });
    }
  });
  for (const page of pages) {
    const { words, summary } = stats[page];
    let inSummary = 0;
    let density = 0;
    variantsOfTerm.forEach((variants, term) => {
      if (variants.some((w) => summary.has(w))) inSummary++;
      density += Math.min(1, ((occurrences[term].get(page) ?? 0) * 1000) / Math.max(1, words) / DENSITY_FULL);
    });
    emphasis.set(page, (SUMMARY_WEIGHT * inSummary + DENSITY_WEIGHT * density) / variantsOfTerm.length);
  }
  return emphasis;
}

/**
 * Orders hits so the first results answer from across the site: sections with every key word of the query first
 * (`first`: every word but those far more common than its rarest), then by
 * score, where a page's second section counts SPREAD times its score, its third SPREAD² and so on. A page
 * that matches strongly still leads, but its further sections follow other pages' best ones instead of
 * filling the top of the list (the dialog and the page show them under their page).
 */
export function spreadAcrossPages<T extends { id: number; url: string; score: number; first: boolean }>(hits: T[]): T[] {
  const order = (a: T, b: T) => Number(b.first) - Number(a.first) || b.score - a.score || a.id - b.id;
  const seen = new Map<string, number>();
  return [...hits]
    .sort(order)
    .map((hit) => {
      const page = hit.url.split('#')[0];
      const rank = seen.get(page) ?? 0;
      seen.set(page, rank + 1);
      return { ...hit, score: hit.score * SPREAD ** rank };
    })
    .sort(order);
}
