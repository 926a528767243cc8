import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The relevance cases of tests/search-queries.json. A case names what a good result is either by title text
 * (`expect`, the older cases) or by URL (`ids`: "/page/#anchor" for a section, "/page/" for any section of the page),
 * which survives rewording of the prose.
 */
export interface RelevanceCase {
  q: string;
  expect?: string[];
  ids?: string[];
  kind?: string;
}

export interface RankedHit {
  url: string;
  page: string;
  heading: string;
}

export function readRelevanceCases(root: string): RelevanceCase[] {
  return (JSON.parse(readFileSync(path.join(root, 'tests/search-queries.json'), 'utf8')) as { cases: RelevanceCase[] }).cases;
}

export function matchesCase(hit: RankedHit, c: RelevanceCase): boolean {
  const title = `${hit.page} › ${hit.heading}`.toLowerCase();
  if (c.expect?.some((e) => title.includes(e.toLowerCase()))) return true;
  return !!c.ids?.some((id) => (id.includes('#') ? hit.url === id : hit.url.split('#')[0] === id));
}

/** 1-based rank of the first result that answers the case within the first `depth`, or 0. */
export function rankOf(hits: RankedHit[], c: RelevanceCase, depth = 10): number {
  const i = hits.slice(0, depth).findIndex((hit) => matchesCase(hit, c));
  return i + 1;
}

/** Mean reciprocal rank over the first `depth` results. */
export function meanReciprocalRank(ranks: number[]): number {
  return ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / Math.max(1, ranks.length);
}

/** The URLs the cases name that no record has: a renamed anchor, caught before it reads as a relevance miss. */
export function unknownIds(cases: RelevanceCase[], urls: Iterable<string>): string[] {
  const known = new Set(urls);
  const pages = new Set([...known].map((u) => u.split('#')[0]));
  return cases.flatMap((c) => (c.ids ?? []).filter((id) => !(id.includes('#') ? known.has(id) : pages.has(id))).map((id) => `"${c.q}": ${id}`));
}
