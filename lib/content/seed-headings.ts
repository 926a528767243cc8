import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suggest } from './suggest';

/** The source document, its mojibake repaired; every `seed` and `buildsOn` reference names a heading of it. */
export const SEED_FILE = 'seed/ml-system-design-insights.md';

/** Its title (its only `#` heading): a reference may start with it ("ML System Design Insights > Executive Summary"). */
export const SEED_TITLE = 'ML System Design Insights';

/**
 * The heading paths of the source document, as references write them: "Common Pitfalls & Solutions > 5. Label Leakage".
 * Emoji, bold markers and a trailing "(…)" are dropped, so "### 4. **NLP Systems** (15% of production systems)" under
 * "## 🎯 Core ML System Categories" is "Core ML System Categories > 4. NLP Systems". Lines inside code fences are not
 * headings (the templates' "# Data Pipeline" comments).
 */
export function seedHeadingPaths(markdown: string): string[] {
  const paths: string[] = [];
  let h2: string | undefined;
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^(#{2,3})\s+(.+)$/.exec(line);
    if (!heading) continue;
    const text = headingText(heading[2]);
    if (heading[1] === '##') {
      h2 = text;
      paths.push(text);
    } else if (h2) paths.push(`${h2} > ${text}`);
  }
  return paths;
}

function headingText(raw: string): string {
  return raw
    .replace(/\*\*|__/g, '')
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A reference as its path: the document's title in front is optional. */
export function normalizeReference(reference: string): string {
  const parts = reference.split('>').map((p) => p.trim());
  if (parts.length > 1 && parts[0] === SEED_TITLE) parts.shift();
  return parts.join(' > ');
}

/** The problem with a reference, or undefined when it names a heading of the document. */
export function seedReferenceProblem(reference: string, paths: readonly string[]): string | undefined {
  if (paths.includes(normalizeReference(reference))) return undefined;
  return `"${reference}" is not a heading of the source document (content/${SEED_FILE}). ${suggest(normalizeReference(reference), [...paths])} Write the heading path as "Section > Subsection", without emoji, bold or the "(…)" after a title.`;
}

/** The heading paths of the content folder's source document; undefined when the folder has none (test fixtures). */
export function loadSeedHeadings(contentDir: string): string[] | undefined {
  const file = path.join(contentDir, SEED_FILE);
  return existsSync(file) ? seedHeadingPaths(readFileSync(file, 'utf8')) : undefined;
}
