import { indexTerms, STOP_WORDS } from './index-terms';
import { words } from './normalize';
import { unpackWords, type PackedPage, type SearchIndexFile } from './payload';
import type { SearchKind } from './records';

/**
 * The search index split so that a query loads only what it needs (as Pagefind does): a core that every query
 * reads, term shards holding each word's postings (fetched by the words a query asks about) and section chunks
 * holding the strings a result shows (fetched for the results shown and the title checks that need them).
 */

/**
 * Where the core is served (core-request.ts, revalidated on every use); the shards and chunks are under
 * `${SEARCH_SHARD_DIR}/<version>/`, content-addressed (the version is a hash of what is shipped), so hosts serve that
 * folder immutable (lib/export/security-headers.ts).
 */
export { indexPartPath, SEARCH_CORE_PATH, SEARCH_SHARD_DIR } from './core-request';

/** Sections per chunk of section strings: a result list of 24 sections from a few pages touches a few chunks. */
export const CHUNK_SIZE = 32;
/**
 * A term shard is split by a further letter of its words past this many bytes of JSON (postings and positions; about
 * a third in gzip). Larger shards make fewer keystrokes wait and first use heavier: scripts/search-waits.ts measures
 * both for other targets (README, search).
 */
export const SHARD_TARGET = 12_000;
const MAX_KEY = 6;

/** The core: what every query reads, sized by the vocabulary and the pages rather than by the text. */
export interface SearchCore {
  format: number;
  version: string;
  synonyms?: string[][];
  pages: PackedPage[];
  /** Each section's page id. */
  sectionPages: number[];
  /** Each section's role: 4 × (index into `kinds` + 1, 0 when its page's) + 2 when it has a heading + 1 when it has an anchor (not a page's intro). */
  roles: number[];
  kinds: SearchKind[];
  /** Index terms in each section's body (BM25's length) and distinct ones in its title. */
  lengths: number[];
  titleLengths: number[];
  /** Every index term, sorted: for exact, prefix, word-form and typo matching. */
  vocabulary: string[];
  /** Shard keys: a word is in the shard of the longest key it starts with (its file is `t<index>.json`). */
  shards: string[];
}

/**
 * A word's postings, each a flat list of numbers: `b` [section id delta, count] in bodies; `t` section id deltas of
 * titles with the word (as an index term); `h` section id deltas of headings with the word (stop words included).
 */
export interface WordEntry {
  b?: number[];
  t?: number[];
  h?: number[];
}

export type Shard = Record<string, WordEntry>;

/**
 * Where a word stands in the texts, [section id delta, n, n position deltas] (stop words included): only phrase
 * checks read them, so they are files of their own (`p<index>.json`), under the same keys as the term shards.
 */
export type PositionShard = Record<string, number[]>;

/** A chunk of sections' strings: [anchor, heading, parent, 1 when its text has words]. */
export type SectionChunk = [string, string, string, number][];

export interface ShardedIndex {
  core: SearchCore;
  shards: Shard[];
  positions: PositionShard[];
  chunks: SectionChunk[];
}

/** The title and body a section is indexed by, as the engine has always read them. */
export function sectionTerms(file: Pick<SearchIndexFile, 'pages' | 'sections'>, id: number, text: string[]): { title: string; body: string[] } {
  const [page, anchor, heading, parent, , kind] = file.sections[id];
  const [, title, , tags, summary] = file.pages[page];
  const terms = text.filter((w) => !STOP_WORDS.has(w));
  // An intro is found by its page title (summary and tags count as its text); a section by its heading path;
  // a review question by its words, all of them body text (a sentence-long title would outweigh sections).
  if (kind === 'question') return { title: '', body: [...indexTerms(heading), ...terms] };
  return anchor ? { title: `${parent} ${heading}`, body: terms } : { title, body: [...indexTerms(summary), ...terms, ...indexTerms(tags.join(' '))] };
}

/** Splits a search file into core, term shards and section chunks; `target` is the shard size (SHARD_TARGET). */
export function buildShards(file: SearchIndexFile, target = SHARD_TARGET): ShardedIndex {
  const entries = new Map<string, { b: number[]; t: number[]; p: number[]; h: number[]; last: { b: number; t: number; p: number; h: number } }>();
  const entry = (word: string) => {
    let found = entries.get(word);
    if (!found) entries.set(word, (found = { b: [], t: [], p: [], h: [], last: { b: 0, t: 0, p: 0, h: 0 } }));
    return found;
  };
  const known = new Set<string>();
  const kinds: SearchKind[] = [];
  const core: SearchCore = { format: file.format, version: file.version, ...(file.synonyms ? { synonyms: file.synonyms } : {}), pages: file.pages, sectionPages: [], roles: [], kinds, lengths: [], titleLengths: [], vocabulary: [], shards: [] };
  const chunks: SectionChunk[] = [];
  file.sections.forEach((section, id) => {
    const [page, anchor, heading, parent, packed, kind] = section;
    const text = unpackWords(packed).map((position) => file.vocabulary[position]);
    const { title, body } = sectionTerms(file, id, text);
    const titleWords = new Set(indexTerms(title));
    for (const word of titleWords) {
      known.add(word);
      const e = entry(word);
      e.t.push(id - e.last.t);
      e.last.t = id;
    }
    const counts = new Map<string, number>();
    for (const word of body) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      known.add(word);
      const e = entry(word);
      e.b.push(id - e.last.b, count);
      e.last.b = id;
    }
    const positions = new Map<string, number[]>();
    text.forEach((word, at) => (positions.get(word) ?? positions.set(word, []).get(word)!).push(at));
    for (const [word, list] of positions) {
      const e = entry(word);
      e.p.push(id - e.last.p, list.length);
      list.forEach((at, i) => e.p.push(at - (list[i - 1] ?? 0)));
      e.last.p = id;
    }
    for (const word of new Set(words(heading))) {
      const e = entry(word);
      e.h.push(id - e.last.h);
      e.last.h = id;
    }
    let kindIndex = 0;
    if (kind) {
      if (!kinds.includes(kind)) kinds.push(kind);
      kindIndex = kinds.indexOf(kind) + 1;
    }
    core.sectionPages.push(page);
    core.roles.push(4 * kindIndex + (heading ? 2 : 0) + (anchor ? 1 : 0));
    core.lengths.push(body.length);
    core.titleLengths.push(titleWords.size);
    (chunks[Math.floor(id / CHUNK_SIZE)] ??= []).push([anchor, heading, parent, text.length ? 1 : 0]);
  });
  core.vocabulary = [...known].sort();
  // Shards by the words' first letters, a letter more where a shard would be large: lookups need only the keys.
  const sorted = [...entries.keys()].sort();
  const bytes = new Map(sorted.map((w) => [w, w.length + JSON.stringify(strip(entries.get(w)!)).length + JSON.stringify(entries.get(w)!.p).length]));
  const size = (list: string[]) => list.reduce((sum, w) => sum + bytes.get(w)!, 0);
  const groups: { key: string; words: string[] }[] = [];
  const split = (key: string, list: string[]) => {
    if (key.length >= MAX_KEY || size(list) <= target) return void groups.push({ key, words: list });
    const rest = list.filter((w) => w.length <= key.length);
    const byNext = new Map<string, string[]>();
    for (const w of list) if (w.length > key.length) (byNext.get(w.slice(0, key.length + 1)) ?? byNext.set(w.slice(0, key.length + 1), []).get(w.slice(0, key.length + 1))!).push(w);
    groups.push({ key, words: rest });
    for (const [next, group] of byNext) split(next, group);
  };
  const byFirst = new Map<string, string[]>();
  for (const w of sorted) (byFirst.get(w[0]) ?? byFirst.set(w[0], []).get(w[0])!).push(w);
  for (const [first, list] of byFirst) split(first, list);
  core.shards = groups.map((g) => g.key);
  // Every word must be found where the browser will look for it: a wrong split would lose results silently.
  const keys = new Map(core.shards.map((key, i) => [key, i]));
  groups.forEach((g, i) => {
    for (const w of g.words) {
      let at = -1;
      for (let length = Math.min(w.length, MAX_KEY); length > 0 && at < 0; length--) at = keys.get(w.slice(0, length)) ?? -1;
      if (at !== i) throw new Error(`search shards: "${w}" is in shard "${g.key}" but would be looked up in "${core.shards[at] ?? 'none'}"`);
    }
  });
  const shards = groups.map((g) => Object.fromEntries(g.words.flatMap((w) => (hasPostings(entries.get(w)!) ? [[w, strip(entries.get(w)!)]] : []))));
  const positions = groups.map((g) => Object.fromEntries(g.words.flatMap((w) => (entries.get(w)!.p.length ? [[w, entries.get(w)!.p]] : []))));
  return { core, shards, positions, chunks };
}

function hasPostings({ b, t, h }: { b: number[]; t: number[]; h: number[] }): boolean {
  return b.length + t.length + h.length > 0;
}

function strip({ b, t, h }: { b: number[]; t: number[]; h: number[] }): WordEntry {
  return { ...(b.length ? { b } : {}), ...(t.length ? { t } : {}), ...(h.length ? { h } : {}) };
}
