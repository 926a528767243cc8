import { kindLandings } from './landings';
import type { CompiledEntry } from './types';

/**
 * Top-level names the site itself answers at, which an alias may not take: the tool pages (app/), the folders the
 * build writes into public/ and their caching rules (nginx serves /diagrams/ as immutable for a year), and the files
 * for tools. An alias there would shadow the page, be silently dropped, or be cached as if it never changed.
 */
export const RESERVED_NAMES: readonly string[] = [
  'assessment', 'changelog', 'review', 'search', 'symptoms',
  'diagrams', 'og', 'search-data', 'search-parts', 'search-text',
  'entries', 'llms', 'llms-full', 'review-items', 'citations', 'sitemap', 'robots', 'icon', '404', 'index',
];

/** Why an alias may not answer at `aliasPath`, or undefined. */
export function reservedAliasProblem(alias: string, aliasPath: string, entries: CompiledEntry[]): string | undefined {
  const top = /^\/([^/]+)\/$/.exec(aliasPath)?.[1];
  if (top !== undefined && RESERVED_NAMES.includes(top)) {
    return `alias "${alias}" would answer at ${aliasPath}, which the site itself uses (reserved: ${RESERVED_NAMES.join(', ')}). Remove the alias.`;
  }
  if (kindLandings(entries).some((landing) => landing.path === aliasPath)) {
    return `alias "${alias}" would answer at ${aliasPath}, the landing page of a section. Remove the alias.`;
  }
  return undefined;
}
