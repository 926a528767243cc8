import type { Code, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { diagramHash, readAccessibility } from '../diagrams/source';
import { mermaidSourceProblem } from './mermaid-rules';

/** One ```mermaid fence as the compiler saw it; the build renders it and the page shows it as a figure. */
export interface DiagramFact {
  /** Position among the page's diagrams, from 0: element ids on the page are built from it. */
  index: number;
  /** Content address of its renderings (lib/diagrams/source.ts). */
  hash: string;
  /** 1-based line of the opening fence in the MDX file. */
  line: number;
  source: string;
  /** From `accTitle:`: the image's accessible name and the figure's caption. */
  title: string;
  /** From `accDescr:`: the image's accessible description. */
  description: string;
}

export interface DiagramProblem {
  line: number;
  problem: string;
}

/**
 * Remark plugin: replaces each ```mermaid fence with `<Diagram index="…" hash="…" />` and records the diagram,
 * so the page needs no Mermaid at all; the build renders the SVGs from what is recorded here. A fence without
 * `accTitle` or `accDescr` is recorded as a problem: every diagram needs an accessible name and description.
 */
export function remarkMermaidFigures(diagrams: DiagramFact[], problems: DiagramProblem[]) {
  return () => (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const line = node.position?.start.line ?? 0;
      const rejected = mermaidSourceProblem(node.value);
      if (rejected) {
        problems.push({ line, problem: rejected });
        return;
      }
      const { title, description } = readAccessibility(node.value);
      const missing = [!title && 'accTitle', !description && 'accDescr'].filter(Boolean);
      if (missing.length > 0) {
        problems.push({
          line,
          problem: `mermaid diagram has no ${missing.join(' and no ')}. Add lines such as "accTitle: The Three-Layer Stack" and "accDescr: Online serving on top of …" inside the fence: they are the diagram's accessible name (and caption) and description.`,
        });
        return;
      }
      const fact: DiagramFact = { index: diagrams.length, hash: diagramHash(node.value), line, source: node.value, title: title!, description: description! };
      diagrams.push(fact);
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'index', value: String(fact.index) },
          { type: 'mdxJsxAttribute', name: 'hash', value: fact.hash },
        ],
        children: [],
      };
      parent.children.splice(index, 1, element as unknown as Parent['children'][number]);
    });
  };
}
