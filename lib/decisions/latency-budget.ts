import type { BudgetField, BudgetWorksheet, Decision } from './model';

/**
 * Model Complexity vs Latency (content/decisions/model-complexity-vs-latency.mdx): the model's share of the
 * latency budget, matched against the page's tiers. The source document gives simple models <10ms, medium
 * 10-50ms and complex >100ms, and no tier between 50 and 100 ms: the calculator says so rather than inventing one.
 * It recommends only a tier that fits entirely, because a tier whose range merely contains the budget (12 ms left,
 * "10-50ms") does not fit: a model of that tier may take longer than the budget.
 */
export const latencyBudgetWorksheet: BudgetWorksheet = {
  kind: 'budget',
  id: 'latency-budget',
  inputs: [
    { id: 'budget', label: 'End-to-end latency budget' },
    { id: 'network', label: 'Network' },
    { id: 'features', label: 'Feature fetch' },
    { id: 'processing', label: 'Pre/post-processing and business rules' },
  ],
  // A tier is recommended only when its whole range fits in what is left for the model: "<10ms" fits from 10 ms
  // on, "10-50ms" from 50 ms on, and ">100ms" never does, since it has no upper bound. A tier that fits only in part
  // is named with the latency its model must stay under (BudgetResult.partly); one whose lower bound exceeds the
  // budget is never offered.
  outcomes: {
    over: { text: 'None: no budget is left for the model', target: '#how-to-choose' },
    none: { text: 'No source tier fits entirely: even the simple tier (<10ms) may take longer than the budget', target: '#simple-models' },
    simple: { text: 'Simple Models (logistic regression, trees): <10ms', target: '#simple-models' },
    medium: { text: 'Medium Models (GBMs, small NNs): 10-50ms', target: '#medium-models' },
  },
  reasons: {
    'over-budget': { text: 'Network, feature fetch and processing leave nothing for the model: cut them, or move work off the request path (pre-compute and cache).', target: '#how-to-choose' },
    'fetch-costs': { text: 'Feature fetching and serialization often cost more than inference.', target: '#common-mistakes' },
    'simple-partly': { text: 'Under 10 ms a simple model fits only if it is measured to run within what is left.', target: '#simple-models' },
    'simple-fits': { text: 'The simple tier (<10ms) fits entirely.', target: '#simple-models' },
    'medium-partly': { text: 'A medium model (10-50ms) fits only at the low end of its band: measure it against what is left.', target: '#medium-models' },
    'medium-fits': { text: 'The medium tier (10-50ms) fits entirely; a simple one fits with room to spare.', target: '#medium-models' },
    gap: { text: 'The source document gives no tier between 50 and 100 ms; the extra room is headroom for the medium tier, not a tier of its own.', target: '#comparison' },
    'complex-out': { text: 'A complex model (>100ms) does not fit: its tier starts above this budget.', target: '#complex-models' },
    'stage-or-compress': { text: 'To use a complex model anyway: stage it, pre-compute or cache its output, or compress it.', target: '#how-to-choose' },
    'complex-partly': { text: 'The complex tier (>100ms) has no upper bound, so it never fits entirely: a complex model fits only if its measured p99 stays within what is left.', target: '#complex-models' },
    baseline: { text: 'Start with the simple baseline and climb a tier only for measured gains.', target: '#how-to-choose' },
    'orders-of-magnitude': {
      text: "The tiers are the source document's orders of magnitude, not measurements of your model: a model that measures within the budget fits whatever its tier (a small GBM often runs well under 10 ms). Compare p99 under realistic load, not averages.",
      target: '#comparison',
    },
  },
  rules: [
    { text: "The model's budget is the end-to-end budget minus network, feature fetch, and pre/post-processing and business rules. Adding per-stage p99s overstates the end-to-end p99, which errs on the safe side.", target: '#how-to-choose' },
    { text: 'Zero or less: no model fits; cut the other steps or move work off the request path.', target: '#how-to-choose' },
    { text: 'Under 10 ms: no tier fits entirely; a simple model (<10ms) fits only if measured within the budget.', target: '#simple-models' },
    { text: 'From 10 ms to under 50 ms: the simple tier (<10ms) fits; a medium model (10-50ms) only if measured within the budget.', target: '#medium-models' },
    { text: 'From 50 to 100 ms: the medium tier (10-50ms) fits; the source document gives no tier between 50 and 100 ms, and a complex model (>100ms) does not fit unless staged, pre-computed or compressed.', target: '#comparison' },
    { text: 'Over 100 ms: the medium tier fits; a complex model (>100ms) only if its measured p99 is within the budget.', target: '#complex-models' },
  ],
};

/** Milliseconds per field; `undefined` where the field is empty. */
export type BudgetValues = Partial<Record<BudgetField, number>>;

export type BudgetResult =
  | { status: 'incomplete' }
  | { status: 'invalid'; field: BudgetField }
  | { status: 'done'; remaining: number; decision: Decision; partly?: PartialFit };

/** A tier that fits only in part: its models fit when they run within `upTo` ms (the model's budget). */
export interface PartialFit {
  tier: 'simple' | 'medium' | 'complex';
  /** The tier's band as the source gives it. */
  band: '<10ms' | '10-50ms' | '>100ms';
  upTo: number;
}

/** A field's text as milliseconds: `undefined` when empty, `NaN` when not a number of 0 or more. */
export function parseMs(text: string | null | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
}

/** Rounds away floating-point noise (0.1 + 0.2), so 100 − 99.9 is 0.1 and boundaries compare as written. */
const round = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * The model's budget, the highest source tier that fits in it entirely, and the tier that fits only in part.
 * The end-to-end budget is required; an empty step counts as 0 ms.
 */
export function latencyBudget(values: BudgetValues): BudgetResult {
  for (const field of ['budget', 'network', 'features', 'processing'] as const) {
    if (Number.isNaN(values[field])) return { status: 'invalid', field };
  }
  if (values.budget === undefined) return { status: 'incomplete' };
  const remaining = round(values.budget - (values.network ?? 0) - (values.features ?? 0) - (values.processing ?? 0));
  const { partly, ...decision } = tierFor(remaining);
  return { status: 'done', remaining, decision, ...(partly ? { partly } : {}) };
}

function tierFor(remaining: number): Decision & { partly?: PartialFit } {
  const measure = 'orders-of-magnitude';
  if (remaining <= 0) return { outcome: 'over', reasons: ['over-budget', 'fetch-costs'] };
  if (remaining < 10) return { outcome: 'none', reasons: ['simple-partly', 'fetch-costs', measure], partly: { tier: 'simple', band: '<10ms', upTo: remaining } };
  if (remaining < 50) {
    // At exactly 10 ms a medium model (10-50ms) cannot be under the budget: no partial fit to name.
    const partly: PartialFit | undefined = remaining > 10 ? { tier: 'medium', band: '10-50ms', upTo: remaining } : undefined;
    return { outcome: 'simple', reasons: ['simple-fits', ...(partly ? ['medium-partly'] : []), 'baseline', measure], ...(partly ? { partly } : {}) };
  }
  if (remaining <= 100) return { outcome: 'medium', reasons: ['medium-fits', ...(remaining > 50 ? ['gap'] : []), 'complex-out', 'stage-or-compress', 'baseline', measure] };
  return { outcome: 'medium', reasons: ['medium-fits', 'complex-partly', 'baseline', measure], partly: { tier: 'complex', band: '>100ms', upTo: remaining } };
}

/** "Fits in part: a complex model (>100ms) fits only if its measured p99 is at most 140 ms." */
export function partialFitText(partly: PartialFit): string {
  return `Fits in part: a ${partly.tier} model (${partly.band}) fits only if its measured p99 is at most ${formatMs(partly.upTo)}.`;
}

/** Milliseconds as the page writes them: at most one decimal, no trailing ".0". */
export function formatMs(ms: number): string {
  return `${Math.round(ms * 10) / 10} ms`;
}
