/**
 * The design-review vocabulary: every review item is tagged with these values, validated at build time
 * (lib/mdx/collect-review-items.ts) and filtered by the checklist builder. No React, no file system.
 */

/** When in a system's life a question is asked, in the order a checklist lists them. */
export const PHASES = ['data', 'training', 'serving', 'monitoring', 'rollout', 'ownership'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABEL: Record<Phase, string> = {
  data: 'Data',
  training: 'Training and evaluation',
  serving: 'Serving',
  monitoring: 'Monitoring',
  rollout: 'Rollout',
  ownership: 'Ownership',
};

/** How binding an item is: "must" items block a launch, "should" items need a reason to skip, "consider" items are options. */
export const SEVERITIES = ['must', 'should', 'consider'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABEL: Record<Severity, string> = { must: 'Must', should: 'Should', consider: 'Consider' };

/** How predictions reach their consumers. */
export const SERVING_MODES = ['batch', 'real-time', 'streaming', 'edge'] as const;
export type ServingMode = (typeof SERVING_MODES)[number];
export const SERVING_LABEL: Record<ServingMode, string> = { batch: 'Batch', 'real-time': 'Real-time', streaming: 'Streaming', edge: 'Edge' };

/** MLOps maturity levels, named as the /maturity/ page names them: an item is expected from its level on. */
export const MATURITY_LEVELS = [0, 1, 2, 3] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
export const MATURITY_LABEL: Record<MaturityLevel, string> = {
  0: 'Level 0: Manual Process',
  1: 'Level 1: ML Pipeline Automation',
  2: 'Level 2: CI/CD for ML',
  3: 'Level 3: Full MLOps',
};

/** Circumstances that add items of their own; a system can have some of them by nature (its `traits`). */
export const CONDITIONS = ['labels-late', 'adversarial', 'regulated', 'llm', 'retrieval', 'automl'] as const;
export type Condition = (typeof CONDITIONS)[number];
export const CONDITION_LABEL: Record<Condition, string> = {
  'labels-late': 'Labels arrive late',
  adversarial: 'Adversarial users',
  regulated: 'Regulated decisions',
  // Components only some systems have: their items stay off the lists of systems without them.
  llm: 'Uses a large language model',
  retrieval: 'Retrieves documents for a model (RAG)',
  automl: 'Uses AutoML',
};

/** One review item: a question (or a check) a design review should answer, where it was written and where it applies. */
export interface ReviewItem {
  /** Permanent, site-wide unique id; also its anchor on the page where it is written. */
  id: string;
  /** The question as plain text (for export and search); the page renders its Markdown. */
  text: string;
  /** One line: what goes wrong when the answer is no. */
  why: string;
  phase: Phase;
  severity: Severity;
  /** System ids it applies to; empty means every system. */
  systems: string[];
  /** Serving modes it applies to; empty means every mode. */
  serving: ServingMode[];
  /** The lowest maturity level at which a team is expected to answer yes. */
  maturity: MaturityLevel;
  /** It applies only when one of these holds; empty means always. */
  when: Condition[];
  /** What a good answer states, concretely (one or two sentences); required on must and should items. */
  pass?: string;
  /** What to bring to the review to show it: a dashboard, a test, a runbook, a drill record. */
  evidence?: string;
  /** On the default (core) list of the builder; the rest show under "Show all". */
  core: boolean;
  /** The maturity capability (a `<Capability>` id on /maturity/) this item asks about; its level is the item's. */
  capability?: string;
  /** Retired ids that now resolve to this item (anchor aliases whose target is this item), oldest first. */
  aliases: string[];
  /** The page it is written on. */
  page: { id: string; path: string; title: string };
  /** The section that explains it: its anchor on `page` and its heading. */
  section: { id: string; title: string };
  /** 1-based line in the MDX file, for errors. */
  line?: number;
}

export function parseEnumList<T extends string>(value: string, allowed: readonly T[]): { values: T[]; unknown: string[] } {
  const words = value.split(/[\s,]+/).filter(Boolean);
  const values = words.filter((w): w is T => (allowed as readonly string[]).includes(w));
  return { values, unknown: words.filter((w) => !(allowed as readonly string[]).includes(w)) };
}
