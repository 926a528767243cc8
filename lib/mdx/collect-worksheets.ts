import type { Root, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { WORKSHEETS } from '../decisions/worksheets';

export const WORKSHEET_COMPONENT = 'DecisionWorksheet';

/** A worksheet placed on a page, before the site-wide check of the sections its reasons link to. */
export interface WorksheetFact {
  id: string;
  line?: number;
}

export interface WorksheetProblem {
  line?: number;
  problem: string;
}

const HOW_TO = `Write it on a line of its own as <${WORKSHEET_COMPONENT} id="…" />; see content/README.md#decision-worksheets.`;

/**
 * Rehype plugin: records each `<DecisionWorksheet id="…" />` of a page. Its questions, rules and links are data in
 * lib/decisions/ (named by `id`); the page only places it, so the element takes `id` and nothing else.
 */
export function rehypeCollectWorksheets(worksheets: WorksheetFact[], problems: WorksheetProblem[]) {
  return () => (tree: Root) => {
    visit(tree, (node: Root | RootContent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== WORKSHEET_COMPONENT) return;
      const line = node.position?.start.line;
      const fail = (problem: string) => problems.push({ line, problem: `<${WORKSHEET_COMPONENT}> ${problem}` });
      if (node.type !== 'mdxJsxFlowElement') return fail(`must stand on its own line, not inside a paragraph. ${HOW_TO}`);
      const element = node as MdxJsxFlowElementHast;
      const others = element.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || (a as MdxJsxAttribute).name !== 'id');
      if (others.length) return fail(`takes only id="…": its questions and rules live in lib/decisions/. ${HOW_TO}`);
      const id = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute')?.value;
      if (typeof id !== 'string') return fail(`needs id="…", a quoted worksheet id. Worksheets: ${Object.keys(WORKSHEETS).join(', ')}.`);
      // Own keys only: "constructor" or "__proto__" would otherwise find Object.prototype's and crash later.
      if (!Object.hasOwn(WORKSHEETS, id)) return fail(`id="${id}" is not a worksheet. Worksheets: ${Object.keys(WORKSHEETS).join(', ')} (a new one is added in lib/decisions/worksheets.ts).`);
      if (element.children.some((c) => c.type !== 'text' || c.value.trim())) return fail(`"${id}" takes no content between tags: write <${WORKSHEET_COMPONENT} id="${id}" />.`);
      if (worksheets.some((w) => w.id === id)) return fail(`"${id}" is already on this page (line ${worksheets.find((w) => w.id === id)?.line ?? '?'}): place it once.`);
      worksheets.push({ id, line });
    });
  };
}
