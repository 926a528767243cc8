import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Names each table after its column headers ("Table: Batch, Real-time"), so the scrollable region around
 * it has a unique, meaningful label for screen readers; a repeated name gets a number.
 */
export function rehypeTableLabels() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'table') return;
      const headers: string[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName === 'th') headers.push(toString(cell).trim());
      });
      const base = `Table: ${headers.filter(Boolean).join(', ') || 'untitled'}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      node.properties = { ...node.properties, dataLabel: count > 1 ? `${base} (${count})` : base };
    });
  };
}
