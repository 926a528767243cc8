import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../content/types';
import { buildSearchFile, searchRecords } from './build-index';
import { SEARCH_INDEX_PATH } from './payload';

/** Builds the search file from the compiled content and writes it under `publicDir`. */
export function writeSearchFiles(data: SiteData, publicDir: string): { records: number; ms: number; files: string[] } {
  const started = performance.now();
  const records = searchRecords(data);
  const target = path.join(publicDir, SEARCH_INDEX_PATH);
  // A fresh folder, so no file of an earlier format is left to be served.
  rmSync(path.dirname(target), { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(buildSearchFile(records)));
  return { records: records.length, ms: Math.round(performance.now() - started), files: [SEARCH_INDEX_PATH] };
}
