import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SearchEngine } from '@/lib/search/engine';
import { SEARCH_INDEX_PATH } from '@/lib/search/payload';
import { ROOT } from './built-site';

/** The search engine over the index file of the production build in out/, as the browser loads it. */
export function builtSearchEngine(): SearchEngine {
  const read = (sitePath: string) => {
    const file = path.join(ROOT, 'out', sitePath);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new Error(`${file} is missing: run "npm run build" first (npm test does).`);
    }
  };
  return SearchEngine.fromFile(read(SEARCH_INDEX_PATH));
}

export interface RelevanceCase {
  q: string;
  expect: string[];
}

/** The shared relevance cases: one of the first three hits' "page title › heading" must contain an expected string. */
export function relevanceCases(): RelevanceCase[] {
  return (JSON.parse(readFileSync(path.join(ROOT, 'tests/search-queries.json'), 'utf8')) as { cases: RelevanceCase[] }).cases;
}

export function passes(hitTitles: string[], expected: string[]): boolean {
  return hitTitles.slice(0, 3).some((title) => expected.some((e) => title.toLowerCase().includes(e.toLowerCase())));
}
