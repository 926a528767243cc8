import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { symptomListText } from './collect-symptoms';

/** One section of a page as a reader meets it: the text under a heading, up to the next h2/h3. */
export interface SectionFact {
  /** The heading's id; undefined for the text before the first heading. */
  id?: string;
  heading?: string;
  depth?: 2 | 3;
  text: string;
}

const sectionHeading = (node: RootContent): Element | undefined =>
  node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') ? node : undefined;

/**
 * Rehype plugin, run after rehype-slug: splits the page's top-level content at h2/h3 into sections with
 * their plain text (innerText rules, so table cells and list items stay apart). The search index is built
 * from these, so it indexes exactly what the page shows.
 */
export function rehypeCollectSections(sections: SectionFact[]) {
  return () => (tree: Root) => {
    let current: SectionFact = { text: '' };
    const parts: string[] = [];
    const flush = () => {
      current.text = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (current.id || current.text) sections.push(current);
      parts.length = 0;
    };
    for (const node of tree.children) {
      const heading = sectionHeading(node);
      if (heading) {
        flush();
        const id = heading.properties?.id;
        current = { id: typeof id === 'string' ? id : undefined, heading: toText(heading).trim(), depth: heading.tagName === 'h2' ? 2 : 3, text: '' };
      } else if (node.type === 'element' || node.type === 'text') {
        parts.push(toText(node));
      } else {
        // A pitfall's symptoms are text of its Symptoms section (review questions are search records of their own).
        const symptoms = symptomListText(node);
        if (symptoms) parts.push(symptoms);
      }
    }
    flush();
  };
}
