import type { ElementContent, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

/** Whether a node is the site component `name` written in MDX (flow or inline). */
export function isComponent(node: RootContent, name: string): node is MdxJsxFlowElementHast {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** Wraps each run of adjacent `name` components (blank text between them aside) in one `listName` component. */
export function groupRuns(children: RootContent[], name: string, listName: string) {
  for (let i = 0; i < children.length; i++) {
    if (!isComponent(children[i], name)) continue;
    let end = i;
    for (let j = i + 1; j < children.length; j++) {
      const next = children[j];
      if (isComponent(next, name)) end = j;
      else if (!(next.type === 'text' && !next.value.trim())) break;
    }
    const run = children.slice(i, end + 1).filter((n) => isComponent(n, name));
    const list: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: listName, attributes: [], children: run as unknown as ElementContent[] };
    children.splice(i, end - i + 1, list as unknown as RootContent);
  }
}

/** The component's string attributes, or the problem with them (a spread, a {…} value, a name it does not take). */
export function readAttributes(node: MdxJsxFlowElementHast, allowed: readonly string[]): Map<string, string> | string {
  const attrs = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return 'takes no spread attributes.';
    const { name, value } = attribute;
    if (!allowed.includes(name)) return `has an unknown attribute "${name}". It takes: ${allowed.join(', ')}.`;
    if (typeof value !== 'string') return `attribute "${name}" must be a quoted string, not a {…} expression.`;
    attrs.set(name, value.trim());
  }
  return attrs;
}

/** Unwraps a lone paragraph, so the text is phrasing content (it can sit in a <label> or a list item's line). */
export function unwrapParagraph(node: MdxJsxFlowElementHast) {
  const [only] = node.children;
  if (node.children.length === 1 && only.type === 'element' && only.tagName === 'p') node.children = only.children as ElementContent[];
}
