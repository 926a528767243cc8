/**
 * Prints how long the checklist builder's lists are (core and full, with must counts) for every system × serving
 * mode × level, as the builder opens them (the system's traits on), from .content/site.json: `npx tsx scripts/review-lists.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_DATA_FILE } from '../lib/content/paths';
import type { SiteData } from '../lib/content/types';
import { listSizes } from '../lib/review/coverage';

// Read directly: lib/content/site.ts is server-only (Next.js), and this runs under plain tsx.
const entries = (JSON.parse(readFileSync(path.join(process.cwd(), SITE_DATA_FILE), 'utf8')) as SiteData).entries;
const items = entries.flatMap((e) => e.reviewItems);
const systems = entries.filter((e) => e.kind === 'system' && e.system).map((e) => ({ id: e.id, serving: e.system!.serving, traits: e.system!.traits }));
console.log('| system | serving | level | core (must) | full (must) |\n|---|---|---|---|---|');
for (const r of listSizes(items, systems)) console.log(`| ${r.system} | ${r.serving ?? 'any'} | ${r.level} | ${r.core} (${r.coreMust}) | ${r.full} (${r.fullMust}) |`);
const above = items.filter((i) => i.maturity > 0).length;
const must = items.filter((i) => i.severity !== 'consider');
console.log(`\n${items.length} items, ${items.filter((i) => i.core).length} core; ${above} above Level 0 (${Math.round((100 * above) / items.length)}%); must/should items with pass: ${must.filter((i) => i.pass).length}/${must.length}, with evidence: ${must.filter((i) => i.evidence).length}/${must.length}`);
