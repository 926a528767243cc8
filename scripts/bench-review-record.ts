/**
 * The review record part of `npm run bench`: for every system × maturity level, how many items the core and the
 * full list hold (with the system's usual conditions, any serving mode); the longest Markdown export of the core
 * and the full list over every choice (system incl. any, serving mode incl. any, level incl. any, the system's
 * conditions or all three); and how many A4 pages the longest core list prints on (Chromium, against out/).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import handler from 'serve-handler';
import { SITE_DATA_FILE } from '../lib/content/paths';
import { readingOrder } from '../lib/content/reading-order';
import type { SiteData } from '../lib/content/types';
import { CHROMIUM_ARGS, findChromium } from '../lib/find-chromium';
import { choiceQuery, type ReviewChoice } from '../lib/review/choice';
import { catalogueVersion } from '../lib/review/item-version';
import { CONDITIONS, MATURITY_LEVELS, SERVING_MODES } from '../lib/review/model';
import { newReview, type ListScope, type RecordItem } from '../lib/review/record';
import { recordDocument } from '../lib/review/record-document';
import { recordMarkdown } from '../lib/review/record-markdown';
import { EXPORT_LIMIT } from '../lib/review/record-size';
import { applicableItems, filteredItems, hasCoreFlags, reviewList } from '../lib/review/review-list';

export interface RecordBench {
  table: string[];
  maxCore: { chars: number; query: string; items: number };
  maxFull: { chars: number; query: string; items: number };
}

export function benchRecordSizes(siteUrl = 'http://localhost:3000'): RecordBench {
  const data = JSON.parse(readFileSync(path.join(process.cwd(), SITE_DATA_FILE), 'utf8')) as SiteData;
  const items: RecordItem[] = [...data.entries.filter((e) => e.path === '/'), ...readingOrder(data.entries)].flatMap((e) => e.reviewItems);
  const systems = data.entries.filter((e) => e.kind === 'system').map((e) => ({ id: e.id, title: e.title, serving: e.system!.serving, traits: e.system!.traits }));
  const titles = new Map(systems.map((s) => [s.id, s.title]));
  const atlas = catalogueVersion(items);
  const markdownOf = (choice: ReviewChoice, list: ListScope) => {
    const review = newReview({ id: 'bench', name: 'Bench', choice, atlas, now: '2026-01-01T00:00:00.000Z', list });
    const groups = reviewList(items, review, systems);
    const doc = recordDocument(review, groups, { absoluteUrl: (p) => `${siteUrl}${p}`, date: '2026-01-01', systemTitles: titles, atlas, fullCount: applicableItems(items, choice, systems).length });
    return { chars: recordMarkdown(doc).length, items: filteredItems(items, review, systems).length };
  };
  const core = hasCoreFlags(items) ? 'core' : 'must (no core flags yet)';
  const table = [`system × level (usual conditions, any serving mode): ${core} / full items`, `${'system'.padEnd(26)} ${['L0', 'L1', 'L2', 'L3', 'any'].map((l) => l.padStart(9)).join('')}`];
  for (const system of systems) {
    const cells = [...MATURITY_LEVELS, undefined].map((maturity) => {
      const choice: ReviewChoice = { system: system.id, maturity, when: [...system.traits] };
      const review = { choice, list: 'core' as const };
      return `${filteredItems(items, review, systems).length}/${applicableItems(items, choice, systems).length}`.padStart(9);
    });
    table.push(`${system.title.padEnd(26)} ${cells.join('')}`);
  }
  const maxCore = { chars: 0, query: '', items: 0 };
  const maxFull = { chars: 0, query: '', items: 0 };
  for (const system of [undefined, ...systems]) {
    for (const serving of [undefined, ...SERVING_MODES]) {
      for (const maturity of [undefined, ...MATURITY_LEVELS]) {
        for (const when of [system ? [...system.traits] : [], [...CONDITIONS]]) {
          const choice: ReviewChoice = { system: system?.id, serving, maturity, when };
          for (const [list, max] of [['core', maxCore], ['full', maxFull]] as const) {
            const size = markdownOf(choice, list);
            if (size.chars > max.chars) Object.assign(max, { chars: size.chars, query: choiceQuery(choice), items: size.items });
          }
        }
      }
    }
  }
  return { table, maxCore, maxFull };
}

/** Prints the longest core list of `query` to A4 in Chromium and counts the pages. */
export async function benchPrintPages(query: string): Promise<number> {
  const server = http.createServer((request, response) => handler(request, response, { public: 'out', trailingSlash: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/review/${query}`);
    await page.getByLabel('Review name').waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  } finally {
    await browser.close();
    server.close();
  }
}

export async function benchReviewRecord(): Promise<boolean> {
  const { table, maxCore, maxFull } = benchRecordSizes();
  console.log();
  for (const line of table) console.log(line);
  console.log(`longest Markdown export: core ${maxCore.chars.toLocaleString('en')} characters (${maxCore.items} items, /review/${maxCore.query}; limit ${EXPORT_LIMIT.core.toLocaleString('en')}), full ${maxFull.chars.toLocaleString('en')} (${maxFull.items} items, /review/${maxFull.query}; limit ${EXPORT_LIMIT.full.toLocaleString('en')})`);
  const pages = await benchPrintPages(maxCore.query);
  console.log(`printed core list of that choice: ${pages} A4 pages (limit 4)`);
  return maxCore.chars <= EXPORT_LIMIT.core && maxFull.chars <= EXPORT_LIMIT.full && pages <= 4;
}

// Run alone: npx tsx scripts/bench-review-record.ts [--no-print]
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--no-print')) {
    const { table, maxCore, maxFull } = benchRecordSizes();
    for (const line of table) console.log(line);
    console.log(`longest Markdown export: core ${maxCore.chars} (${maxCore.items} items, ${maxCore.query}), full ${maxFull.chars} (${maxFull.items} items, ${maxFull.query})`);
  } else await benchReviewRecord();
}
