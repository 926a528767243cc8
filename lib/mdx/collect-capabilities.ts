import type { Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { CAPABILITY_LEVELS, type Capability, type CapabilityLevel } from '../assessment/model';
import { ID_PATTERN } from '../content/schema';
import type { ReviewProblem } from './collect-review-items';
import { groupAdjacent, isComponent, problemReporter, readAttributes, settleComponent, walkUnderHeadings } from './jsx-component';

/** A capability as written on one page, before the site-wide checks (section exists, ids unique). */
export type CapabilityFact = Omit<Capability, 'page' | 'section'> & { sectionId: string };

export const CAPABILITY_COMPONENT = 'Capability';
export const CAPABILITY_LIST_COMPONENT = 'CapabilityList';

const ATTRIBUTES = ['id', 'level', 'section', 'step'] as const;
const HOW_TO = 'Write it as <Capability id="…" level="1" section="level-1" step="What to do to have it.">Question?</Capability>; see content/README.md#capabilities.';

/**
 * Rehype plugin, run after rehype-slug: turns each `<Capability>` (a maturity self-assessment question) into a
 * validated capability, leaves only `id` on the element, and wraps adjacent capabilities in one `<CapabilityList>`.
 */
export function rehypeCollectCapabilities(capabilities: CapabilityFact[], problems: ReviewProblem[], ids: { id: string; line?: number }[]) {
  return () => (tree: Root) =>
    walkUnderHeadings(
      tree,
      (node) => {
        if (!isComponent(node, CAPABILITY_COMPONENT)) return false;
        const capability = readCapability(node, problems);
        if (capability) {
          capabilities.push(capability);
          ids.push({ id: capability.id, line: capability.line });
        }
        return true;
      },
      (children) => groupAdjacent(children, CAPABILITY_COMPONENT, CAPABILITY_LIST_COMPONENT),
    );
}

function readCapability(node: MdxJsxFlowElementHast, problems: ReviewProblem[]): CapabilityFact | undefined {
  const { line, fail } = problemReporter(node, CAPABILITY_COMPONENT, problems);
  const attrs = readAttributes(node, ATTRIBUTES, HOW_TO);
  if (typeof attrs === 'string') return fail(attrs);
  const id = attrs.get('id') ?? '';
  if (!ID_PATTERN.test(id)) return fail(`needs id="…" in kebab-case (got "${id}"): it is the capability's permanent anchor and its key in shared assessment links.`);
  const level = Number(attrs.get('level')) as CapabilityLevel;
  if (!CAPABILITY_LEVELS.includes(level)) return fail(`"${id}": level="${attrs.get('level') ?? ''}" must be 1, 2 or 3 (Level 0 is where every team starts and needs no capability).`);
  const sectionId = attrs.get('section') ?? '';
  if (!sectionId) return fail(`"${id}" needs section="…": the anchor of the section that explains it, which the assessment links its gaps to.`);
  const step = attrs.get('step') ?? '';
  if (step.length < 10 || step.length > 200) return fail(`"${id}": step="…" must be one line of 10 to 200 characters saying what to do to have the capability.`);
  const question = settleComponent(node, id);
  if (question.length < 10 || !question.endsWith('?')) return fail(`"${id}" needs its question between the tags, ending in "?", answerable with yes, partly or no.`);
  return { id, level, question, step, sectionId, line };
}
