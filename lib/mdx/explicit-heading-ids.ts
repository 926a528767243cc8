import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * `## Heading {#id}` gives a heading a permanent id, so rewording it never moves its anchor.
 * MDX would read `{#id}` as a JavaScript expression and fail, so `escapeHeadingIds` first turns it into
 * literal text (same line, same length class), and this remark plugin moves it into the heading's `id`.
 */
const TRAILING_ID = /^(#{1,6}[ \t].*?)[ \t]*\{#([^}\s]*)\}[ \t]*$/gm;
const ESCAPED_ID = /\s*\{#([^}\s]*)\}\s*$/;

export function escapeHeadingIds(source: string): string {
  return source.replace(TRAILING_ID, (_all, heading: string, id: string) => `${heading} \\{#${id}\\}`);
}

export function remarkExplicitHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (!last || last.type !== 'text') return;
      const match = ESCAPED_ID.exec((last as Text).value);
      if (!match) return;
      (last as Text).value = (last as Text).value.slice(0, match.index);
      if ((last as Text).value === '') node.children.pop();
      // hProperties is how mdast-util-to-hast carries attributes over to the HTML element.
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: match[1] };
    });
  };
}
