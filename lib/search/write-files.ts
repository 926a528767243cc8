import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteData } from '../content/types';
import { buildSearchFile, searchRecords } from './build-index';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_DIR } from './payload';
import { buildShards, indexPartPath, SEARCH_CORE_PATH, SEARCH_SHARD_DIR } from './shards';

/**
 * Builds the search file from the compiled content and writes it under `publicDir`, with each record's text as a file
 * of its own in a folder named for this build (`/search-text/<version>/<id>.txt`), fetched for the results shown.
 * The browser reads the file split (shards.ts): the core, and the parts a query needs from `/search-parts/<version>/`;
 * the whole file stays for the MCP server, which reads it from a built or deployed site.
 */
export function writeSearchFiles(data: SiteData, publicDir: string): { records: number; ms: number; files: string[] } {
  const started = performance.now();
  const records = searchRecords(data);
  const { texts, ...file } = buildSearchFile(records, data.searchSynonyms);
  const target = path.join(publicDir, SEARCH_INDEX_PATH);
  const textDir = path.join(publicDir, SEARCH_TEXT_DIR, file.version);
  // Fresh folders, so no file of an earlier format or build is left to be served.
  for (const dir of [path.dirname(target), path.join(publicDir, SEARCH_TEXT_DIR), path.join(publicDir, SEARCH_SHARD_DIR)]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  mkdirSync(textDir, { recursive: true });
  writeFileSync(target, JSON.stringify(file));
  const { core, shards, positions, chunks } = buildShards(file);
  writeFileSync(path.join(publicDir, SEARCH_CORE_PATH), JSON.stringify(core));
  mkdirSync(path.join(publicDir, indexPartPath(core.version, 't', 0), '..'), { recursive: true });
  const parts = [...shards.map((part, i) => ['t', i, part] as const), ...positions.map((part, i) => ['p', i, part] as const), ...chunks.map((part, i) => ['s', i, part] as const)];
  for (const [family, i, part] of parts) writeFileSync(path.join(publicDir, indexPartPath(core.version, family, i)), JSON.stringify(part));
  let written = 0;
  texts.forEach((text, id) => {
    if (!text) return;
    writeFileSync(path.join(textDir, `${id}.txt`), text);
    written++;
  });
  return {
    records: records.length,
    ms: Math.round(performance.now() - started),
    files: [SEARCH_INDEX_PATH, SEARCH_CORE_PATH, `${SEARCH_SHARD_DIR}/${core.version}/ (${parts.length} parts)`, `${SEARCH_TEXT_DIR}/${file.version}/ (${written} texts)`],
  };
}
