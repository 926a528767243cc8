/** Site-wide settings. SITE_URL and BASE_PATH come from the environment at build time (next.config.mjs). */
export const SITE_NAME = 'ML System Design Atlas';
export const SITE_DESCRIPTION =
  'Patterns, decisions, pitfalls and templates for designing production ML systems, from a synthesis of 300+ case studies.';

export const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** The absolute URL of a site path ("/pitfalls/cold-start/"), base path included: canonical links, previews. */
export function absoluteUrl(sitePath: string): string {
  return `${SITE_URL}${BASE_PATH}${sitePath}`;
}

/** A site path with the base path, for places Next.js does not prefix itself (plain <a>, form actions). */
export function withBasePath(sitePath: string): string {
  return `${BASE_PATH}${sitePath}`;
}
