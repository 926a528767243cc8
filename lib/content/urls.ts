import path from 'node:path';

/** "systems/fraud-detection.mdx" → "/systems/fraud-detection/"; "index.mdx" → "/". */
export function urlPathOf(relativeFile: string): string {
  const withoutExt = relativeFile.replace(/\.mdx$/, '').split(path.sep).join('/');
  return withoutExt === 'index' ? '/' : `/${withoutExt}/`;
}

/** The URL path an earlier id of an entry answered at: the same folder, the old id. */
export function aliasPathOf(entry: { path: string; id: string }, alias: string): string {
  return entry.path.replace(new RegExp(`/${entry.id}/$`), `/${alias}/`);
}

/** The anchor of one day on the changelog page ("changes-2026-11-29"): permanent, recorded with the published anchors. */
export function changelogAnchor(date: string): string {
  return `changes-${date}`;
}
