/**
 * Element ids the page around the content uses (components/): the skip link's target, the icon sprites, the
 * table of contents, the related and backlink lists, the search boxes. Content with the same id would make two
 * elements share it: the skip link, `#related` links and label references would land on the author's element.
 */
const LAYOUT_IDS = new Set(['main', 'icon-link', 'icon-markdown', 'icon-section', 'related', 'referenced-by', 'toc-title', 'home-search', 'browse', 'not-found-search']);

/** Ids the components number or derive: diagram figures and the latency calculator's fields (lib/decisions). */
const LAYOUT_PATTERNS = [/^diagram-\d+(?:-title|-desc)?$/, /^latency-(?:budget|network|features|processing)$/];

/**
 * Why content may not use `id`, or undefined. A heading's slug counts: "## Main" asks for id "main".
 * `reviewIds` are the page's review items: each renders a checkbox with id "check-<item id>".
 */
export function layoutIdProblem(id: string, reviewIds: ReadonlySet<string>): string | undefined {
  const derived = LAYOUT_PATTERNS.some((p) => p.test(id)) || (id.startsWith('check-') && reviewIds.has(id.slice('check-'.length)));
  if (!LAYOUT_IDS.has(id) && !derived) return undefined;
  return `id "${id}" is taken by the page layout (the site's components use it). Give the heading or element another id, e.g. "## Heading {#other-id}".`;
}
