import type { Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { ID_PATTERN } from '../content/schema';
import { groupAdjacent, isComponent, problemReporter, readAttributes, settleComponent, walkUnderHeadings } from './jsx-component';
import { CONDITIONS, MATURITY_LEVELS, parseEnumList, PHASES, SERVING_MODES, SEVERITIES, type MaturityLevel, type Phase, type ReviewItem, type Severity } from '../review/model';

/** A review item as written on one page, before the site-wide checks (systems exist, section exists, ids unique). */
export type ReviewItemFact = Omit<ReviewItem, 'page' | 'section' | 'aliases'> & {
  /** The section that explains it: the `section` attribute, or else the heading it is written under. */
  sectionId: string;
  /** True when `section` was given, so the build checks that anchor exists. */
  sectionExplicit: boolean;
};

/** A `<ReviewRef id>` as written: the page shows the canonical item, written on another page, in place. */
export interface ReviewRefFact {
  id: string;
  line?: number;
}

export interface ReviewProblem {
  line?: number;
  problem: string;
}

export const REVIEW_COMPONENT = 'ReviewQuestion';
export const REVIEW_LIST_COMPONENT = 'ReviewList';
export const REVIEW_REF_COMPONENT = 'ReviewRef';

const ATTRIBUTES = ['id', 'phase', 'severity', 'why', 'systems', 'serving', 'maturity', 'when', 'section', 'pass', 'evidence', 'capability'] as const;
const FLAGS = ['core'] as const;
const REF_HOW_TO = 'Write it as <ReviewRef id="…" /> with the id of a <ReviewQuestion> written on another page; see content/README.md#review-questions.';
const HOW_TO =
  'Write it as <ReviewQuestion id="…" phase="…" severity="…" why="…" pass="…" evidence="…">Question?</ReviewQuestion>; see content/README.md#review-questions.';

/**
 * Rehype plugin, run after rehype-slug: turns each `<ReviewQuestion>` into a validated review item. It records
 * the item (with the heading it sits under), leaves only `id` on the element so the page renders from the
 * validated data, unwraps a single paragraph so the text can sit in a <label>, and wraps runs of adjacent
 * items in one `<ReviewList>` (a <ul> on the page).
 */
export function rehypeCollectReviewItems(items: ReviewItemFact[], problems: ReviewProblem[], ids: { id: string; line?: number }[], refs: ReviewRefFact[] = []) {
  return () => (tree: Root) =>
    walkUnderHeadings(
      tree,
      (node, section) => {
        if (isComponent(node, REVIEW_REF_COMPONENT)) {
          const ref = readRef(node, problems);
          if (ref) {
            refs.push(ref);
            // The canonical item renders here with its own id as anchor, so the id is taken on this page too.
            ids.push({ id: ref.id, line: ref.line });
          }
          return true;
        }
        if (!isComponent(node, REVIEW_COMPONENT)) return false;
        const item = readItem(node, section, problems);
        if (item) {
          items.push(item);
          ids.push({ id: item.id, line: item.line });
        }
        return true;
      },
      (children) => groupAdjacent(children, [REVIEW_COMPONENT, REVIEW_REF_COMPONENT], REVIEW_LIST_COMPONENT),
    );
}

function readRef(node: MdxJsxFlowElementHast, problems: ReviewProblem[]): ReviewRefFact | undefined {
  const { line, fail } = problemReporter(node, REVIEW_REF_COMPONENT, problems);
  const attrs = readAttributes(node, ['id'], REF_HOW_TO);
  if (typeof attrs === 'string') return fail(attrs);
  const id = attrs.get('id') ?? '';
  if (!ID_PATTERN.test(id)) return fail(`needs id="…", the kebab-case id of the item it shows (got "${id}"). ${REF_HOW_TO}`);
  if (node.children.length > 0) return fail(`"${id}" takes no text: it shows the item as written where it is defined, so write it self-closing (<ReviewRef id="${id}" />).`);
  return { id, line };
}

function readItem(node: MdxJsxFlowElementHast, section: string | undefined, problems: ReviewProblem[]): ReviewItemFact | undefined {
  const { line, fail } = problemReporter(node, REVIEW_COMPONENT, problems);
  const attrs = readAttributes(node, ATTRIBUTES, HOW_TO, FLAGS);
  if (typeof attrs === 'string') return fail(attrs);
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
  const pass = attrs.get('pass');
  if (pass !== undefined && (pass.length < 20 || pass.length > 400)) return fail(`"${id}": pass="…" must be one or two sentences (20 to 400 characters) saying what a good answer states.`);
  const evidence = attrs.get('evidence');
  if (evidence !== undefined && (evidence.length < 10 || evidence.length > 300)) return fail(`"${id}": evidence="…" must be 10 to 300 characters naming what to bring (a dashboard, a test, a runbook, a drill record).`);
  const capability = attrs.get('capability');
  if (capability !== undefined && !ID_PATTERN.test(capability)) return fail(`"${id}": capability="${capability}" must be the kebab-case id of a <Capability> on /maturity/.`);
  const sectionId = attrs.get('section') ?? section;
  if (!sectionId) return fail(`"${id}" comes before any heading: put it under the section it belongs to, or name one with section="…".`);

  const text = settleComponent(node, id);
  if (text.length < 10) return fail(`"${id}" has no question text: write the question between the opening and closing tags.`);
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
    ...(pass !== undefined && { pass }),
    ...(evidence !== undefined && { evidence }),
    core: attrs.has('core'),
    ...(capability !== undefined && { capability }),
    sectionId,
    sectionExplicit: attrs.has('section'),
    line,
  };
}
