import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../content/types';
import { buildSearchFile, searchRecords } from './build-index';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_DIR } from './payload';

/**
 * Builds the search file from the compiled content and writes it under `publicDir`, with each record's text as a file
 * of its own in a folder named for this build (`/search-text/<version>/<id>.txt`), fetched for the results shown.
 */
export function writeSearchFiles(data: SiteData, publicDir: string): { records: number; ms: number; files: string[] } {
  const started = performance.now();
  const records = searchRecords(data);
  const { texts, ...file } = buildSearchFile(records, data.searchSynonyms);
  const target = path.join(publicDir, SEARCH_INDEX_PATH);
  const textDir = path.join(publicDir, SEARCH_TEXT_DIR, file.version);
  // Fresh folders, so no file of an earlier format or build is left to be served.
  for (const dir of [path.dirname(target), path.join(publicDir, SEARCH_TEXT_DIR)]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  mkdirSync(textDir, { recursive: true });
  writeFileSync(target, JSON.stringify(file));
  let written = 0;
  texts.forEach((text, id) => {
    if (!text) return;
    writeFileSync(path.join(textDir, `${id}.txt`), text);
    written++;
  });
  return { records: records.length, ms: Math.round(performance.now() - started), files: [SEARCH_INDEX_PATH, `${SEARCH_TEXT_DIR}/${file.version}/ (${written} texts)`] };
}
