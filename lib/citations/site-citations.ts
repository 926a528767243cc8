import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CitationIndex } from './citation-index';
import { CITATIONS_FILE } from './write-files';

let cache: CitationIndex | undefined;

/** /citations.json as `npm run content` wrote it into public/ (Next.js copies it into the export). */
export function citationIndexFile(): CitationIndex {
  if (!cache) {
    const file = path.join(process.cwd(), 'public', CITATIONS_FILE);
    try {
      cache = JSON.parse(readFileSync(file, 'utf8')) as CitationIndex;
    } catch {
      throw new Error(`public/${CITATIONS_FILE} is missing: run "npm run content" (npm run build does it) before Next.js builds.`);
    }
  }
  return cache;
}
