import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

/**
 * What the collectors of authored components (review questions, capabilities) share: reading string-only
 * attributes, unwrapping the text, and grouping adjacent items into one list element.
 */

export function isComponent(node: RootContent, name: string): node is MdxJsxFlowElementHast {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** The component's line, and `fail`, which records a problem with it (prefixed `<Name>`) and returns undefined. */
export function problemReporter(node: MdxJsxFlowElementHast, name: string, problems: { line?: number; problem: string }[]) {
  const line = node.position?.start.line;
  const fail = (problem: string): undefined => void problems.push({ line, problem: `<${name}> ${problem}` });
  return { line, fail };
}

/**
 * The attributes as trimmed strings, or the problem to report: only quoted strings, only the allowed names.
 * A name in `flags` is a boolean written bare (`<ReviewQuestion core …>`) and reads as "true".
 */
export function readAttributes(node: MdxJsxFlowElementHast, allowed: readonly string[], howTo: string, flags: readonly string[] = []): Map<string, string> | string {
  if (node.type !== 'mdxJsxFlowElement') return `must stand on its own lines, not inside a paragraph. ${howTo}`;
  const attrs = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return `takes no spread attributes. ${howTo}`;
    const { name, value } = attribute as MdxJsxAttribute;
    if (!allowed.includes(name) && !flags.includes(name)) return `has an unknown attribute "${name}". It takes: ${[...allowed, ...flags].join(', ')}.`;
    if (flags.includes(name)) {
      if (value !== null && value !== undefined) return `"${name}" is written bare, without a value (\`<… ${name} …>\`); leave it out for no.`;
      attrs.set(name, 'true');
      continue;
    }
    if (typeof value !== 'string') return `attribute "${name}" must be a quoted string, not a {…} expression.`;
    attrs.set(name, value.trim());
  }
  return attrs;
}

/**
 * A lone paragraph becomes phrasing content, so the page can put the text in a <label> or a list item; returns the
 * text as one line. Then only `id` stays on the element: the page renders from the validated data.
 */
export function settleComponent(node: MdxJsxFlowElementHast, id: string): string {
  const [only] = node.children;
  if (node.children.length === 1 && only.type === 'element' && only.tagName === 'p') node.children = only.children as ElementContent[];
  node.attributes = [{ type: 'mdxJsxAttribute', name: 'id', value: id }];
  return toText({ type: 'root', children: node.children } as Root).replace(/\s+/g, ' ').trim();
}

/**
 * Wraps each run of adjacent `name` components (blank text between them aside) in one `listName` element.
 * `name` may list several components that share one list (a review question and a reference to one).
 */
export function groupAdjacent(children: RootContent[], name: string | readonly string[], listName: string) {
  const names = typeof name === 'string' ? [name] : name;
  const member = (node: RootContent) => names.some((n) => isComponent(node, n));
  for (let i = 0; i < children.length; i++) {
    if (!member(children[i])) continue;
    let end = i;
    for (let j = i + 1; j < children.length; j++) {
      const next = children[j];
      if (member(next)) end = j;
      else if (!(next.type === 'text' && !next.value.trim())) break;
    }
    const run = children.slice(i, end + 1).filter(member);
    const list: MdxJsxFlowElementHast = { type: 'mdxJsxFlowElement', name: listName, attributes: [], children: run as unknown as ElementContent[] };
    children.splice(i, end - i + 1, list as unknown as RootContent);
  }
}

/**
 * Walks the tree in document order, telling `visit` the id of the h2/h3 each node sits under; `visit` returns true
 * for nodes it consumed (their children are not walked). `after` runs on each child list once it is walked.
 */
export function walkUnderHeadings(tree: Root, visit: (node: RootContent, section: string | undefined) => boolean, after: (children: RootContent[]) => void) {
  let section: string | undefined;
  const walk = (parent: Root | Element | MdxJsxFlowElementHast) => {
    const children = parent.children as RootContent[];
    for (const node of children) {
      if (node.type === 'element' && /^h[23]$/.test(node.tagName) && typeof node.properties?.id === 'string') section = node.properties.id;
      if (visit(node, section)) continue;
      if ('children' in node) walk(node as Element);
    }
    after(children);
  };
  walk(tree);
}
