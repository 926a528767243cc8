import type { PluggableList } from 'unified';
import remarkGfm from 'remark-gfm';
import type { PageFacts } from './collect-page-facts';
import { remarkExplicitHeadingIds } from './explicit-heading-ids';
import { remarkHeadingLead } from './heading-lead';
import { remarkMermaidFigures } from './mermaid-figures';

/**
 * The remark side of the content pipeline, after the safety check: GFM, explicit heading ids, lead lines, diagrams.
 * One list, so the page (lib/mdx/compile.server.ts) and its Markdown twin (lib/export/markdown-twin.ts) read
 * the MDX the same way.
 */
export function remarkContentPlugins(facts: Pick<PageFacts, 'diagrams' | 'diagramProblems'>): PluggableList {
  return [remarkGfm, remarkExplicitHeadingIds, remarkHeadingLead, remarkMermaidFigures(facts.diagrams, facts.diagramProblems)];
}
