/** Site-wide settings. SITE_URL and BASE_PATH come from the environment at build time (next.config.mjs). */
export const SITE_NAME = 'ML System Design Atlas';
export const SITE_DESCRIPTION =
  'Patterns, decisions, pitfalls and templates for designing production ML systems, from the document ML System Design Insights.';

export const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000';
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
/** Where each page's source can be edited (REPO_URL or EDIT_URL at build time); empty: no "Edit this page" link. */
export const EDIT_URL_PATTERN = process.env.NEXT_PUBLIC_EDIT_URL_PATTERN ?? '';

/**
 * The "Edit this page" URL of a source file ("content/pitfalls/data-drift.mdx"), or undefined when the build has
 * no edit URL. The pattern holds "{file}" where the repository-relative path goes.
 */
export function editUrlOf(file: string, pattern: string = EDIT_URL_PATTERN): string | undefined {
  return pattern ? pattern.replace('{file}', file.split('/').map(encodeURIComponent).join('/')) : undefined;
}

/** The absolute URL of a site path ("/pitfalls/cold-start/"), base path included: canonical links, previews. */
export function absoluteUrl(sitePath: string): string {
  return `${SITE_URL}${BASE_PATH}${sitePath}`;
}

/** A site path with the base path, for places Next.js does not prefix itself (plain <a>, form actions). */
export function withBasePath(sitePath: string): string {
  return `${BASE_PATH}${sitePath}`;
}
