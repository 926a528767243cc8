import type { Heading, List, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

const label = (text: string) => text.trim().replace(/:$/, '').trim().toLowerCase();

/**
 * The seed states many sections as one bullet named like the section: "## Problem" then "- **Problem**: No
 * data for new users/items". On the page that read as the heading twice, the second time as a list. A lone
 * bullet directly under a heading that starts with the heading's own name in bold becomes a lead paragraph
 * (class "source-lead"), without the repeated "Name:" (the source document's words stay verbatim). When the name is
 * followed by more than a colon ("**Simple Models** (logistic regression, trees): …") the name stays.
 */
export function remarkHeadingLead() {
  return (tree: Root) => {
    tree.children.forEach((node, index) => {
      const list = tree.children[index + 1];
      if (node.type !== 'heading' || list?.type !== 'list' || (list as List).children.length !== 1) return;
      const [item] = (list as List).children;
      const [paragraph] = item.children;
      if (item.children.length !== 1 || paragraph?.type !== 'paragraph') return;
      const [strong, rest] = paragraph.children;
      if (strong?.type !== 'strong' || label(toString(strong)) !== label(toString(node as Heading))) return;
      let children: PhrasingContent[] = paragraph.children;
      if (rest?.type === 'text' && /^\s*:\s*/.test(rest.value) && paragraph.children.length >= 2) {
        children = [{ ...rest, value: rest.value.replace(/^\s*:\s*/, '') }, ...paragraph.children.slice(2)];
      }
      const lead: Paragraph = { type: 'paragraph', children, data: { hProperties: { className: ['source-lead'] } } };
      tree.children[index + 1] = lead;
    });
  };
}
