/**
 * npx tsx scripts/search-relevance.ts [--all]
 * The relevance cases of tests/search-queries.json against the engine built in memory from .content/site.json (run
 * `npm run content` first): passes (an answer in the first three) and MRR over the first ten, per kind of case.
 * `--all` lists every case with its rank; otherwise only the misses and the cases answered below first place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchFile, searchRecords } from '../lib/search/build-index';
import { SearchEngine } from '../lib/search/engine';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { meanReciprocalRank, rankOf, readRelevanceCases, unknownIds } from '../tests/helpers/search-cases';

const root = path.resolve(import.meta.dirname, '..');
const data = JSON.parse(readFileSync(path.join(root, SITE_DATA_FILE), 'utf8')) as SiteData;
const records = searchRecords(data);
const engine = SearchEngine.fromFile(buildSearchFile(records, data.searchSynonyms));
const cases = readRelevanceCases(root);
const unknown = unknownIds(cases, records.map((r) => r.url));
if (unknown.length) {
  console.error(`tests/search-queries.json names sections the site does not have:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}

const showAll = process.argv.includes('--all');
const byKind = new Map<string, number[]>();
const ranks = cases.map((c) => {
  const hits = engine.search(c.q, { limit: 10 }).hits;
  const rank = rankOf(hits, c);
  for (const kind of ['all', c.kind ? 'new (ids)' : 'shared (titles)', ...(c.kind ? [c.kind] : [])]) byKind.set(kind, [...(byKind.get(kind) ?? []), rank]);
  if (showAll || rank !== 1) console.log(`${rank ? `#${rank}` : 'miss'}\t${c.q}\t→ ${hits.slice(0, 3).map((h) => h.url).join('  ')}`);
  return rank;
});
const line = (label: string, r: number[]) =>
  `${label.padEnd(22)} ${r.filter((x) => x >= 1 && x <= 3).length}/${r.length} in top 3, first ${r.filter((x) => x === 1).length}, MRR@10 ${meanReciprocalRank(r).toFixed(3)}`;
console.log('');
for (const [kind, r] of byKind) console.log(line(kind, r));
process.exitCode = ranks.every((r) => r >= 1 && r <= 3) ? 0 : 2;
