import { Index } from 'flexsearch';
import { shardIndexOf } from './core-request';
import { STOP_WORDS } from './index-terms';
import { CHUNK_SIZE, type PositionShard, type SearchCore, type SectionChunk, type Shard } from './shards';

export interface Postings {
  /** [section id, count] in bodies, by id. */
  bodies: [number, number][];
  titles: number[];
  headings: number[];
}

const NONE: Postings = { bodies: [], titles: [], headings: [] };
const NO_POSITIONS: ReadonlyMap<number, number[]> = new Map();

/** One word per entry: the words added and asked for are index terms already, so FlexSearch takes them as they are. */
const asIs = (word: string) => [word];

/**
 * FlexSearch's `add` with its third argument, append: a section gains the word without its earlier words being
 * removed. The light build has no `append` method (it calls this), and the typings know only two arguments.
 */
type Appending = { add(id: number, content: string, append: true): unknown };
const append = (index: Index, id: number, word: string) => void (index as unknown as Appending).add(id, word, true);

/**
 * The index as loaded so far: the core, and the shards and chunks fetched. FlexSearch is the matcher: each term
 * shard, as it arrives, is added into two FlexSearch `Index`es (section titles and section texts, by word), which
 * answer which sections have a word; the shard's counts (how often a text has the word) are what BM25 needs besides.
 * The shards are shipped as delta-coded postings rather than as FlexSearch's export: see the README's search notes. What is asked of a shard or chunk not yet
 * loaded answers empty and is noted in `missing`: the engine then loads it and asks again (SearchEngine.searchLoading),
 * so a query reads exactly what it would read with the whole index in memory.
 */
export class ShardStore {
  readonly missing = { shards: new Set<number>(), positions: new Set<number>(), chunks: new Set<number>() };
  private readonly shards = new Map<number, Shard>();
  private readonly positionShards = new Map<number, PositionShard>();
  private readonly decodedPositions = new Map<string, ReadonlyMap<number, number[]>>();
  private readonly chunks = new Map<number, SectionChunk>();
  private readonly decoded = new Map<string, Postings>();
  /** FlexSearch over the loaded shards: sections whose text, and whose title, has a word. */
  private readonly texts = new Index({ encoder: asIs, tokenize: 'strict' });
  private readonly titles = new Index({ encoder: asIs, tokenize: 'strict' });
  /** Word → section id → how often its text has the word, for the loaded shards. */
  private readonly counts = new Map<string, Map<number, number>>();
  /** Word → the ids of the headings that have it (stop words included: read by the phrase checks only). */
  private readonly headings = new Map<string, number[]>();
  private readonly keys: Map<string, number>;
  private readonly maxKey: number;
  /** Index terms and stop words, sorted: the words a phrase's first and last words are matched against. */
  readonly allWords: string[];

  constructor(readonly core: SearchCore) {
    this.keys = new Map(core.shards.map((key, i) => [key, i]));
    this.maxKey = Math.max(0, ...core.shards.map((k) => k.length));
    this.allWords = [...new Set([...core.vocabulary, ...STOP_WORDS])].sort();
  }

  /** How many times a part was asked for and missing, ever: a result computed while this grew must not be cached. */
  misses = 0;

  addShard(index: number, shard: Shard): void {
    if (this.shards.has(index)) return;
    this.shards.set(index, shard);
    for (const word of Object.keys(shard)) {
      const { b = [], t = [], h = [] } = shard[word];
      const counts = new Map<number, number>();
      for (let i = 0, id = 0; i < b.length; i += 2) {
        counts.set((id += b[i]), b[i + 1]);
        append(this.texts, id, word);
      }
      for (let i = 0, id = 0; i < t.length; i++) append(this.titles, (id += t[i]), word);
      this.counts.set(word, counts);
      this.headings.set(word, ids(h));
    }
  }

  addPositions(index: number, shard: PositionShard): void {
    this.positionShards.set(index, shard);
  }

  addChunk(index: number, chunk: SectionChunk): void {
    this.chunks.set(index, chunk);
  }

  shardOf(word: string): number {
    return shardIndexOf(this.keys, this.maxKey, word);
  }

  /** A word's postings; empty (and noted as missing) while its shard is not loaded. */
  postings(word: string): Postings {
    return this.lookUp(word, this.decoded, this.shards, this.missing.shards, NONE, () => this.match(word));
  }

  /**
   * A word's entry in the part of `parts` its shard key names, decoded once and cached; `empty` when the index has no
   * such word, and `empty` noted as missing (not cached) while that part is not loaded.
   */
  private lookUp<P extends object, T>(word: string, cache: Map<string, T>, parts: ReadonlyMap<number, P>, missing: Set<number>, empty: T, decode: (part: P) => T): T {
    const cached = cache.get(word);
    if (cached) return cached;
    const index = this.shardOf(word);
    if (index < 0) return empty;
    const part = parts.get(index);
    if (!part) {
      missing.add(index);
      this.misses++;
      return empty;
    }
    const found = Object.hasOwn(part, word) ? decode(part) : empty;
    cache.set(word, found);
    return found;
  }

  /** A loaded word's sections, as FlexSearch finds them (every match, by id: the ranking is ours). */
  private match(word: string): Postings {
    const limit = this.core.sectionPages.length;
    const byId = (a: number, b: number) => a - b;
    const counts = this.counts.get(word)!;
    const bodies = (this.texts.search(word, { limit }) as number[]).sort(byId).map((id): [number, number] => [id, counts.get(id) ?? 0]);
    return { bodies, titles: (this.titles.search(word, { limit }) as number[]).sort(byId), headings: this.headings.get(word) ?? [] };
  }

  /** Section id → where the word stands in its text; empty (and noted as missing) while its shard is not loaded. */
  positions(word: string): ReadonlyMap<number, number[]> {
    return this.lookUp(word, this.decodedPositions, this.positionShards, this.missing.positions, NO_POSITIONS, (shard) => decodePositions(shard[word]));
  }

  /** A section's [anchor, heading, parent, has text], or undefined (noted as missing) while its chunk is not loaded. */
  strings(id: number): SectionChunk[number] | undefined {
    const index = Math.floor(id / CHUNK_SIZE);
    const chunk = this.chunks.get(index);
    if (!chunk) {
      this.missing.chunks.add(index);
      this.misses++;
    }
    return chunk?.[id % CHUNK_SIZE];
  }

  hasShard(index: number): boolean {
    return this.shards.has(index);
  }

  hasPositions(index: number): boolean {
    return this.positionShards.has(index);
  }

  hasChunkIndex(index: number): boolean {
    return this.chunks.has(index);
  }
}

function ids(deltas: number[]): number[] {
  let id = 0;
  return deltas.map((delta) => (id += delta));
}

function decodePositions(p: number[]): ReadonlyMap<number, number[]> {
  const positions = new Map<number, number[]>();
  for (let i = 0, id = 0; i < p.length; ) {
    id += p[i];
    const n = p[i + 1];
    const list: number[] = [];
    for (let k = 0, at = 0; k < n; k++) list.push((at += p[i + 2 + k]));
    positions.set(id, list);
    i += 2 + n;
  }
  return positions;
}
