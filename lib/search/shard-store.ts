import { STOP_WORDS } from './index-terms';
import { CHUNK_SIZE, type PositionShard, type SearchCore, type SectionChunk, type Shard, type WordEntry } from './shards';

export interface Postings {
  /** [section id, count] in bodies, by id. */
  bodies: [number, number][];
  titles: number[];
  headings: number[];
}

const NONE: Postings = { bodies: [], titles: [], headings: [] };
const NO_POSITIONS: ReadonlyMap<number, number[]> = new Map();

/**
 * The index as loaded so far: the core, and the shards and chunks fetched. What is asked of a shard or chunk not yet
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
    this.shards.set(index, shard);
  }

  addPositions(index: number, shard: PositionShard): void {
    this.positionShards.set(index, shard);
  }

  addChunk(index: number, chunk: SectionChunk): void {
    this.chunks.set(index, chunk);
  }

  shardOf(word: string): number {
    for (let length = Math.min(word.length, this.maxKey); length > 0; length--) {
      const found = this.keys.get(word.slice(0, length));
      if (found !== undefined) return found;
    }
    return -1;
  }

  /** A word's postings; empty (and noted as missing) while its shard is not loaded. */
  postings(word: string): Postings {
    const cached = this.decoded.get(word);
    if (cached) return cached;
    const index = this.shardOf(word);
    if (index < 0) return NONE;
    const shard = this.shards.get(index);
    if (!shard) {
      this.missing.shards.add(index);
      this.misses++;
      return NONE;
    }
    const found = Object.hasOwn(shard, word) ? decode(shard[word]) : NONE;
    this.decoded.set(word, found);
    return found;
  }

  /** Section id → where the word stands in its text; empty (and noted as missing) while its shard is not loaded. */
  positions(word: string): ReadonlyMap<number, number[]> {
    const cached = this.decodedPositions.get(word);
    if (cached) return cached;
    const index = this.shardOf(word);
    if (index < 0) return NO_POSITIONS;
    const shard = this.positionShards.get(index);
    if (!shard) {
      this.missing.positions.add(index);
      this.misses++;
      return NO_POSITIONS;
    }
    const found = Object.hasOwn(shard, word) ? decodePositions(shard[word]) : NO_POSITIONS;
    this.decodedPositions.set(word, found);
    return found;
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

function decode(entry: WordEntry): Postings {
  const ids = (list: number[] = []) => {
    let id = 0;
    return list.map((delta) => (id += delta));
  };
  const bodies: [number, number][] = [];
  for (let i = 0, id = 0; i < (entry.b?.length ?? 0); i += 2) bodies.push([(id += entry.b![i]), entry.b![i + 1]]);
  return { bodies, titles: ids(entry.t), headings: ids(entry.h) };
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
