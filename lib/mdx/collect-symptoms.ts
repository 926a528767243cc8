import type { Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { PitfallSymptom } from '../symptoms/model';
import { groupAdjacent, isComponent, problemReporter, readAttributes, settleComponent, walkUnderHeadings } from './jsx-component';
import type { ReviewProblem } from './collect-review-items';

/** A <Symptom> as written on one page, before it is checked against the vocabulary and the page's headings. */
export type SymptomFact = Omit<PitfallSymptom, 'section'> & { sectionId: string };

export const SYMPTOM_COMPONENT = 'Symptom';
export const SYMPTOM_LIST_COMPONENT = 'SymptomList';

/** The section a symptom's check is explained in when `section` is not given. */
export const DEFAULT_CHECK_SECTION = 'detection';

const ATTRIBUTES = ['id', 'check', 'section'] as const;
const HOW_TO = 'Write it as <Symptom id="…" check="…">How it shows here.</Symptom>; see content/README.md#symptoms.';

/**
 * Rehype plugin, run after rehype-slug: reads each `<Symptom>` (a term of content/symptoms.yaml as this page's
 * pitfall shows it), records it with its line, leaves only `id` on the element so the page renders from the
 * validated data, and wraps runs of adjacent symptoms in one `<SymptomList>`.
 */
export function rehypeCollectSymptoms(symptoms: SymptomFact[], problems: ReviewProblem[]) {
  return () => (tree: Root) =>
    walkUnderHeadings(
      tree,
      (node) => {
        if (!isComponent(node, SYMPTOM_COMPONENT)) return false;
        const symptom = readSymptom(node, problems);
        if (symptom) symptoms.push(symptom);
        return true;
      },
      (children) => groupAdjacent(children, SYMPTOM_COMPONENT, SYMPTOM_LIST_COMPONENT),
    );
}

function readSymptom(node: MdxJsxFlowElementHast, problems: ReviewProblem[]): SymptomFact | undefined {
  const { line, fail } = problemReporter(node, SYMPTOM_COMPONENT, problems);
  const attrs = readAttributes(node, ATTRIBUTES, HOW_TO);
  if (typeof attrs === 'string') return fail(attrs);
  const id = attrs.get('id') ?? '';
  if (!id) return fail(`needs id="…": the id of a symptom in content/symptoms.yaml. ${HOW_TO}`);
  const check = attrs.get('check') ?? '';
  if (check.length < 20 || check.length > 300) {
    return fail(`"${id}" needs check="…" (20 to 300 characters): the check that tells this pitfall apart from the symptom's other causes.`);
  }
  const text = settleComponent(node, id);
  if (text.length < 10) return fail(`"${id}" has no text: write how the symptom shows with this pitfall between the tags.`);
  return { id, text, check, sectionId: attrs.get('section') ?? DEFAULT_CHECK_SECTION, line };
}

/** The text of a <SymptomList> for the search index (hast-util-to-text skips MDX components), one symptom a line. */
export function symptomListText(node: RootContent): string | undefined {
  if (!isComponent(node, SYMPTOM_LIST_COMPONENT)) return undefined;
  return node.children.map((child) => toText({ type: 'root', children: 'children' in child ? child.children : [] } as Root)).join('\n');
}
