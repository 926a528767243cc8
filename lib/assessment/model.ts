/**
 * The maturity self-assessment's vocabulary. Capabilities are written on the /maturity/ page as
 * `<Capability>` items (lib/mdx/collect-capabilities.ts); Level 0 is the floor and needs none.
 */
import type { MaturityLevel } from '../review/model';

/** The levels a capability can belong to: reaching Level N means every capability of levels 1…N is in place. */
export const CAPABILITY_LEVELS = [1, 2, 3] as const;
export type CapabilityLevel = (typeof CAPABILITY_LEVELS)[number];

export const ANSWERS = ['yes', 'partly', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABEL: Record<Answer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** One capability: a yes / partly / no question a team answers about itself. */
export interface Capability {
  /** Permanent, site-wide unique id: its anchor on the page where it is written and its key in the assessment URL. */
  id: string;
  level: CapabilityLevel;
  /** The question as plain text. */
  question: string;
  /** One line: what to do to have it; the "getting to Level N" list is made of these. */
  step: string;
  /** The page it is written on. */
  page: { id: string; path: string; title: string };
  /** The section that explains it: its anchor on `page` and its heading. */
  section: { id: string; title: string };
  /** 1-based line in the MDX file, for errors. */
  line?: number;
}

/** A team's answers by capability id; a capability without an answer is not yet answered. */
export type Answers = Readonly<Record<string, Answer | undefined>>;

export type AssessedLevel = MaturityLevel;
