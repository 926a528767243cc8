/**
 * Where a page's Markdown twin lives: its URL without the trailing slash plus ".md" ("/pitfalls/label-leakage/"
 * → "/pitfalls/label-leakage.md"); the home page's is "/index.md". No dependencies: the page head and the
 * export step both use it.
 */
export function markdownPathOf(sitePath: string): string {
  return sitePath === '/' ? '/index.md' : `${sitePath.replace(/\/$/, '')}.md`;
}

/** The file of a twin inside the export folder, relative to it ("pitfalls/label-leakage.md"). */
export function markdownFileOf(sitePath: string): string {
  return markdownPathOf(sitePath).slice(1);
}
