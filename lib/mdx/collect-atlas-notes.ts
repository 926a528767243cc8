import type { Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { HeadingFact } from './collect-page-facts';
import { isComponent, problemReporter } from './jsx-component';

export const ATLAS_NOTE_COMPONENT = 'AtlasNote';

/** An `<AtlasNote />` as placed: the h2/h3 it marks as written for the atlas. */
export interface AtlasNoteFact {
  heading: string;
  line?: number;
}

/** What the mark says, on the page and in the Markdown twin. */
export const ATLAS_NOTE_TEXT = 'Written for the atlas: this section’s subject is not in the source document; the advice is the atlas’s.';

const HOW_TO = 'Write <AtlasNote /> alone on the line right after the h2/h3 heading of the section it marks; see content/README.md#provenance.';

/**
 * Rehype plugin, run after rehype-slug: records each `<AtlasNote />`, the mark that the section it opens is written
 * for the atlas on a page that otherwise presents the source document. It must follow its heading directly, so the
 * reader sees the mark before the text it qualifies, and it takes nothing: the wording is the site's, the same everywhere.
 */
export function rehypeCollectAtlasNotes(notes: AtlasNoteFact[], problems: { line?: number; problem: string }[]) {
  return () => (tree: Root) => {
    const topLevel = new Set<RootContent>(tree.children);
    visit(tree, (node: Root | RootContent) => {
      if (node.type === 'root' || !isComponent(node, ATLAS_NOTE_COMPONENT)) return;
      const { line, fail } = problemReporter(node as MdxJsxFlowElementHast, ATLAS_NOTE_COMPONENT, problems);
      const element = node as MdxJsxFlowElementHast;
      if (element.type !== 'mdxJsxFlowElement' || !topLevel.has(node)) return fail(`must stand on its own line at the top level of the page, not inside a paragraph, list or other element. ${HOW_TO}`);
      if (element.attributes.length) return fail(`takes no attributes: its wording is the same on every page. ${HOW_TO}`);
      if (element.children.some((c) => c.type !== 'text' || c.value.trim())) return fail(`takes no content: write <AtlasNote /> and let the section's own text follow it. ${HOW_TO}`);
      const index = tree.children.indexOf(node);
      const previous = tree.children.slice(0, index).reverse().find((n) => !(n.type === 'text' && !n.value.trim()));
      const heading = previous?.type === 'element' && /^h[23]$/.test(previous.tagName) ? previous.properties?.id : undefined;
      if (typeof heading !== 'string') return fail(`must come right after an h2 or h3 heading (## or ###), before any text of the section. ${HOW_TO}`);
      notes.push({ heading, line });
    });
  };
}

/** The ids of the sections written for the atlas: each marked heading, and the h3s under a marked h2. */
export function atlasSectionIds(notes: readonly AtlasNoteFact[], headings: readonly HeadingFact[]): string[] {
  const marked = new Set(notes.map((n) => n.heading));
  const ids: string[] = [];
  let underMarkedH2 = false;
  for (const h of headings) {
    if (h.depth === 2) underMarkedH2 = marked.has(h.id);
    if (h.depth !== 2 && h.depth !== 3) continue;
    if (marked.has(h.id) || (h.depth === 3 && underMarkedH2)) ids.push(h.id);
  }
  return ids;
}
