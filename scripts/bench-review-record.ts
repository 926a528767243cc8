/**
 * The review record part of `npm run bench`: for every system × maturity level, how many items the core and the
 * full list hold (with the system's usual conditions, any serving mode); the longest Markdown export of the core
 * and the full list over every choice (lib/review/export-lengths.ts benchChoices), the longest full one again with
 * every item given a status; and how many A4 pages the longest core lists print on (Chromium, against out/).
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
import type { ReviewChoice } from '../lib/review/choice';
import { exportLengths, exportMarkdown, type BenchSystem, type ExportLength } from '../lib/review/export-lengths';
import { catalogueVersion } from '../lib/review/item-version';
import { MATURITY_LEVELS } from '../lib/review/model';
import type { RecordItem } from '../lib/review/record';
import { EXPORT_LIMIT } from '../lib/review/record-size';
import { applicableItems, filteredItems, hasCoreFlags } from '../lib/review/review-list';

export interface RecordBench {
  table: string[];
  /** The longest core exports, longest first (the print check takes the first few). */
  cores: ExportLength[];
  maxFull: ExportLength;
  /** The longest full export again with every item given a status: how far a finished full review runs. */
  fullRecorded: number;
}

export function benchRecordSizes(siteUrl = 'http://localhost:3000'): RecordBench {
  const data = JSON.parse(readFileSync(path.join(process.cwd(), SITE_DATA_FILE), 'utf8')) as SiteData;
  const items: RecordItem[] = [...data.entries.filter((e) => e.path === '/'), ...readingOrder(data.entries)].flatMap((e) => e.reviewItems);
  const systems: BenchSystem[] = data.entries.filter((e) => e.kind === 'system').map((e) => ({ id: e.id, title: e.title, serving: e.system!.serving, traits: e.system!.traits }));
  const context = { items, systems, siteUrl, atlas: catalogueVersion(items) };
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
  const cores = exportLengths('core', context);
  const maxFull = exportLengths('full', context)[0];
  const fullRecorded = exportMarkdown(maxFull.choice, 'full', context, 'partly').markdown.length;
  return { table, cores, maxFull, fullRecorded };
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

/** The print check takes this many of the longest core exports: page count follows text, not characters exactly. */
const PRINTED = 3;

export async function benchReviewRecord(): Promise<boolean> {
  const { table, cores, maxFull, fullRecorded } = benchRecordSizes();
  const maxCore = cores[0];
  console.log();
  for (const line of table) console.log(line);
  console.log(`longest Markdown export: core ${maxCore.chars.toLocaleString('en')} characters (${maxCore.items} items, /review/${maxCore.query}; limit ${EXPORT_LIMIT.core.toLocaleString('en')}), full ${maxFull.chars.toLocaleString('en')} (${maxFull.items} items, /review/${maxFull.query}; limit ${EXPORT_LIMIT.full.toLocaleString('en')})`);
  console.log(`that full export with every item given a status (no notes): ${fullRecorded.toLocaleString('en')} characters (past ${EXPORT_LIMIT.full.toLocaleString('en')} the builder says so and offers the file)`);
  let pages = 0;
  for (const { query, items } of cores.slice(0, PRINTED)) {
    const printed = await benchPrintPages(query);
    console.log(`printed core list /review/${query} (${items} items): ${printed} A4 pages (limit 4)`);
    pages = Math.max(pages, printed);
  }
  return maxCore.chars <= EXPORT_LIMIT.core && maxFull.chars <= EXPORT_LIMIT.full && pages <= 4;
}

// Run alone: npx tsx scripts/bench-review-record.ts [--no-print]
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--no-print')) {
    const { table, cores, maxFull, fullRecorded } = benchRecordSizes();
    for (const line of table) console.log(line);
    console.log(`longest Markdown export: core ${cores[0].chars} (${cores[0].items} items, ${cores[0].query}), full ${maxFull.chars} (${maxFull.items} items, ${maxFull.query}); that full list with every item given a status ${fullRecorded}`);
  } else await benchReviewRecord();
}
