import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, ContentErrors } from '../content/errors';
import type { Entry } from '../content/types';
import { appendVersions, historyFileOf, readPageHistory, writePageHistory } from './history';
import { citableTexts, type CitableText } from './source-sections';

/** A page's citable texts, read from its source and checked against what the compiler published. */
export function entryCitableTexts(entry: Pick<Entry, 'file' | 'headings' | 'reviewItems'>, repoRoot: string): CitableText[] {
  const texts = citableTexts(readFileSync(path.join(repoRoot, entry.file), 'utf8'));
  const fromSource = texts.filter((t) => t.kind === 'section').map((t) => t.id);
  const compiled = entry.headings.map((h) => h.id);
  const missing = compiled.filter((id) => !fromSource.includes(id));
  const extra = fromSource.filter((id) => !compiled.includes(id));
  if (missing.length || extra.length) {
    // Versions are read from the source; if its headings do not give the compiled ids, citations would name the wrong text.
    throw new ContentErrors([
      new ContentError(
        entry.file,
        `the section ids read from the source (${extra.join(', ') || 'none extra'}) differ from the compiled headings (${missing.join(', ') || 'none missing'}), so their citation versions would be wrong. ` +
          'Give the heading an explicit id ("## Heading {#id}") or fix lib/citations/source-sections.ts.',
        texts.find((t) => extra.includes(t.id))?.line,
      ),
    ]);
  }
  const items = new Set(texts.filter((t) => t.kind === 'item').map((t) => t.id));
  const lost = entry.reviewItems.filter((i) => !items.has(i.id)).map((i) => i.id);
  if (lost.length) {
    throw new ContentErrors([new ContentError(entry.file, `review items ${lost.join(', ')} were not found as <ReviewQuestion id="…"> in the source, so they get no citation version; check lib/citations/source-sections.ts.`)]);
  }
  return texts;
}

/**
 * Appends today's versions of every page to content/history/ (see appendVersions: idempotent, append-only).
 * Returns how many stamps were added and in how many files.
 */
export function recordHistory(entries: Pick<Entry, 'file' | 'path' | 'headings' | 'reviewItems'>[], repoRoot: string, date: string): { appended: number; files: number } {
  let appended = 0;
  let files = 0;
  for (const entry of entries) {
    const file = path.join(repoRoot, historyFileOf(path.relative('content', entry.file)));
    const result = appendVersions(readPageHistory(file), entry.path, entryCitableTexts(entry, repoRoot), date);
    if (result.appended === 0) continue;
    writePageHistory(file, result.history);
    appended += result.appended;
    files++;
  }
  return { appended, files };
}
