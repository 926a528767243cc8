import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { ID_PATTERN } from '../content/schema';
import { groupRuns, isComponent, readAttributes, unwrapParagraph } from './component-runs';
import { CONDITIONS, MATURITY_LEVELS, parseEnumList, PHASES, SERVING_MODES, SEVERITIES, type MaturityLevel, type Phase, type ReviewItem, type Severity } from '../review/model';

/** A review item as written on one page, before the site-wide checks (systems exist, section exists, ids unique). */
export type ReviewItemFact = Omit<ReviewItem, 'page' | 'section'> & {
  /** The section that explains it: the `section` attribute, or else the heading it is written under. */
  sectionId: string;
  /** True when `section` was given, so the build checks that anchor exists. */
  sectionExplicit: boolean;
};

export interface ReviewProblem {
  line?: number;
  problem: string;
}

export const REVIEW_COMPONENT = 'ReviewQuestion';
export const REVIEW_LIST_COMPONENT = 'ReviewList';

const ATTRIBUTES = ['id', 'phase', 'severity', 'why', 'systems', 'serving', 'maturity', 'when', 'section'] as const;
const HOW_TO =
  'Write it as <ReviewQuestion id="…" phase="…" severity="…" why="…">Question?</ReviewQuestion>; see content/README.md#review-questions.';

/**
 * Rehype plugin, run after rehype-slug: turns each `<ReviewQuestion>` into a validated review item. It records
 * the item (with the heading it sits under), leaves only `id` on the element so the page renders from the
 * validated data, unwraps a single paragraph so the text can sit in a <label>, and wraps runs of adjacent
 * items in one `<ReviewList>` (a <ul> on the page).
 */
export function rehypeCollectReviewItems(items: ReviewItemFact[], problems: ReviewProblem[], ids: { id: string; line?: number }[]) {
  return () => (tree: Root) => {
    let section: string | undefined;
    const walk = (parent: Root | Element | MdxJsxFlowElementHast) => {
      const children = parent.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node.type === 'element' && /^h[23]$/.test(node.tagName) && typeof node.properties?.id === 'string') section = node.properties.id;
        if (isReviewQuestion(node)) {
          const item = readItem(node, section, problems);
          if (item) {
            items.push(item);
            ids.push({ id: item.id, line: item.line });
          }
          continue;
        }
        if ('children' in node) walk(node as Element);
      }
      groupRuns(children, REVIEW_COMPONENT, REVIEW_LIST_COMPONENT);
    };
    walk(tree);
  };
}

function isReviewQuestion(node: RootContent): node is MdxJsxFlowElementHast {
  return isComponent(node, REVIEW_COMPONENT);
}

function readItem(node: MdxJsxFlowElementHast, section: string | undefined, problems: ReviewProblem[]): ReviewItemFact | undefined {
  const line = node.position?.start.line;
  const fail = (problem: string) => {
    problems.push({ line, problem: `<${REVIEW_COMPONENT}> ${problem}` });
    return undefined;
  };
  if (node.type !== 'mdxJsxFlowElement') return fail(`must stand on its own lines, not inside a paragraph. ${HOW_TO}`);
  const attrs = readAttributes(node, ATTRIBUTES);
  if (typeof attrs === 'string') return fail(attrs.startsWith('takes no spread') ? `${attrs} ${HOW_TO}` : attrs);
  const id = attrs.get('id') ?? '';
  if (!ID_PATTERN.test(id)) return fail(`needs id="…" in kebab-case (got "${id}"): it is the item's permanent anchor.`);
  const phase = attrs.get('phase') as Phase;
  if (!PHASES.includes(phase)) return fail(`"${id}": phase="${attrs.get('phase') ?? ''}" must be one of ${PHASES.join(', ')}.`);
  const severity = attrs.get('severity') as Severity;
  if (!SEVERITIES.includes(severity)) return fail(`"${id}": severity="${attrs.get('severity') ?? ''}" must be one of ${SEVERITIES.join(', ')}.`);
  const why = attrs.get('why') ?? '';
  if (why.length < 10 || why.length > 200) return fail(`"${id}": why="…" must be one line of 10 to 200 characters saying what goes wrong when the answer is no.`);
  const maturity = Number(attrs.get('maturity') ?? '0') as MaturityLevel;
  if (!MATURITY_LEVELS.includes(maturity)) return fail(`"${id}": maturity="${attrs.get('maturity')}" must be 0, 1, 2 or 3 (the lowest level at which the item is expected).`);
  const serving = parseEnumList(attrs.get('serving') ?? '', SERVING_MODES);
  if (serving.unknown.length) return fail(`"${id}": serving mode "${serving.unknown[0]}" is unknown; use ${SERVING_MODES.join(', ')} (or leave it out for every mode).`);
  const when = parseEnumList(attrs.get('when') ?? '', CONDITIONS);
  if (when.unknown.length) return fail(`"${id}": condition "${when.unknown[0]}" is unknown; use ${CONDITIONS.join(', ')}.`);
  const systems = (attrs.get('systems') ?? '').split(/[\s,]+/).filter(Boolean);
  const sectionId = attrs.get('section') ?? section;
  if (!sectionId) return fail(`"${id}" comes before any heading: put it under the section it belongs to, or name one with section="…".`);

  // A lone paragraph becomes phrasing content, so the page can put the text in a <label> for its checkbox.
  unwrapParagraph(node);
  const text = toText({ type: 'root', children: node.children } as Root).replace(/\s+/g, ' ').trim();
  if (text.length < 10) return fail(`"${id}" has no question text: write the question between the opening and closing tags.`);
  node.attributes = [{ type: 'mdxJsxAttribute', name: 'id', value: id }];
  return {
    id,
    text,
    why,
    phase,
    severity,
    systems,
    serving: serving.values,
    maturity,
    when: when.values,
    sectionId,
    sectionExplicit: attrs.has('section'),
    line,
  };
}
