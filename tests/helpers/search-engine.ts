import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SearchEngine } from '@/lib/search/engine';
import { SEARCH_INDEX_PATH, SEARCH_TEXT_DIR, type SearchIndexFile } from '@/lib/search/payload';
import { ROOT } from './built-site';
import { readRelevanceCases, type RelevanceCase } from './search-cases';

/**
 * The search engine over the index file of the production build in out/, with the texts the browser fetches for the
 * results it shows (out/search-text/), so hits carry their snippets.
 */
export function builtSearchEngine(): SearchEngine {
  const read = (sitePath: string) => {
    const file = path.join(ROOT, 'out', sitePath);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new Error(`${file} is missing: run "npm run build" first (npm test does).`);
    }
  };
  const file = read(SEARCH_INDEX_PATH) as SearchIndexFile;
  const text = (id: number) => path.join(ROOT, 'out', SEARCH_TEXT_DIR, file.version, `${id}.txt`);
  // A section with no text has no file.
  const texts = file.sections.map((_, id) => (existsSync(text(id)) ? readFileSync(text(id), 'utf8') : ''));
  return SearchEngine.fromFile({ ...file, texts });
}

export type { RelevanceCase } from './search-cases';

/** The relevance cases that name their answer by title text (the shared ones): one of the first three hits' "page title › heading" must contain an expected string. */
export function relevanceCases(): { q: string; expect: string[] }[] {
  return readRelevanceCases(ROOT).filter((c): c is RelevanceCase & { expect: string[] } => !!c.expect);
}

export function passes(hitTitles: string[], expected: string[]): boolean {
  return hitTitles.slice(0, 3).some((title) => expected.some((e) => title.toLowerCase().includes(e.toLowerCase())));
}
