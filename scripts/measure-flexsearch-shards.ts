/**
 * Evidence for the README's search notes (issue #18): what each term shard costs shipped as FlexSearch's own export
 * (an `Index` over the sections for that shard's words, exported and imported in the browser) against the custom
 * postings (lib/search/shards.ts), over the content ×1 and ×10, gzip level 9. `tsx scripts/measure-flexsearch-shards.ts`
 * after `npm run content`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Index } from 'flexsearch';
import { buildSearchFile, searchRecords } from '../lib/search/build-index';
import { buildShards, type Shard } from '../lib/search/shards';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { scaledRecords } from './bench-search';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ids = (deltas: number[] = [], step = 1) => {
  const out: number[] = [];
  for (let i = 0, id = 0; i < deltas.length; i += step) out.push((id += deltas[i]));
  return out;
};

/** FlexSearch's export of one shard: its body and title indexes (map chunks; `reg` is not needed to search). */
function exported(shard: Shard, resolution: number): { text: string; ms: number } {
  const started = performance.now();
  const options = { encoder: (s: string) => s.split(' '), tokenize: 'strict' as const, resolution };
  const bodies = new Index(options);
  const titles = new Index(options);
  for (const [word, entry] of Object.entries(shard)) {
    for (const id of ids(entry.b, 2)) bodies.append(id, word);
    for (const id of ids(entry.t)) titles.append(id, word);
  }
  const chunks: Record<string, unknown> = {};
  bodies.export((key, data) => void (key.endsWith('map') && (chunks[`b.${key}`] = JSON.parse(data) as unknown)));
  titles.export((key, data) => void (key.endsWith('map') && (chunks[`t.${key}`] = JSON.parse(data) as unknown)));
  // What FlexSearch does not hold and BM25 and the phrase checks need: per word its body counts and its heading ids.
  const rest = Object.fromEntries(Object.entries(shard).map(([w, e]) => [w, [e.b ? e.b.filter((_, i) => i % 2) : [], e.h ?? []]]));
  return { text: JSON.stringify({ ...chunks, rest }), ms: performance.now() - started };
}

const data = JSON.parse(readFileSync(SITE_DATA_FILE, 'utf8')) as SiteData;
const base = searchRecords(data);
for (const times of [1, 10]) {
  const { texts: _t, ...file } = buildSearchFile(scaledRecords(base, times), data.searchSynonyms);
  const started = performance.now();
  const { shards } = buildShards(file);
  const splitMs = performance.now() - started;
  const custom = shards.map((s) => gz(JSON.stringify(s)));
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  for (const resolution of [1]) {
    const flex = shards.map((s) => exported(s, resolution));
    const flexBytes = flex.map((f) => gz(f.text));
    const worst = flexBytes.reduce((best, b, i) => (b / custom[i] > flexBytes[best] / custom[best] ? i : best), 0);
    console.log(
      `×${times} ${shards.length} term shards, resolution ${resolution}: custom ${kb(sum(custom))} gzip in all (largest ${kb(Math.max(...custom))}), ` +
        `FlexSearch export + counts ${kb(sum(flexBytes))} (largest ${kb(Math.max(...flexBytes))}), ×${(sum(flexBytes) / sum(custom)).toFixed(2)}, ` +
        `worst shard ×${(flexBytes[worst] / custom[worst]).toFixed(2)}; build: split ${splitMs.toFixed(0)} ms, FlexSearch indexes + export ${sum(flex.map((f) => f.ms)).toFixed(0)} ms more`,
    );
  }
}
