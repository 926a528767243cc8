import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../content/types';
import { buildSearchFiles, searchRecords } from './build-index';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_PATH } from './payload';

/** Builds the search index from the compiled content and writes its two files under `publicDir`. */
export function writeSearchFiles(data: SiteData, publicDir: string): { records: number; ms: number; files: string[] } {
  const started = performance.now();
  const records = searchRecords(data);
  const { index, text } = buildSearchFiles(records);
  for (const [file, content] of [
    [SEARCH_INDEX_PATH, index],
    [SEARCH_TEXT_PATH, text],
  ] as const) {
    const target = path.join(publicDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(content));
  }
  return { records: records.length, ms: Math.round(performance.now() - started), files: [SEARCH_INDEX_PATH, SEARCH_TEXT_PATH] };
}
