import type { BudgetField, BudgetWorksheet, Decision } from './model';

/**
 * Model Complexity vs Latency (content/decisions/model-complexity-vs-latency.mdx): the model's share of the
 * latency budget, matched against the page's tiers. The source document gives simple models <10ms, medium
 * 10-50ms and complex >100ms, and no tier between 50 and 100 ms: the calculator says so rather than inventing one.
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
  outcomes: {
    over: { text: 'None: no budget is left for the model', target: '#how-to-choose' },
    simple: { text: 'Simple Models (logistic regression, trees): <10ms', target: '#simple-models' },
    medium: { text: 'Medium Models (GBMs, small NNs): 10-50ms', target: '#medium-models' },
    gap: { text: 'Between tiers: the source gives no tier for 50 to 100 ms', target: '#comparison' },
    complex: { text: 'Complex Models (transformers, large NNs): >100ms', target: '#complex-models' },
  },
  reasons: {
    'over-budget': { text: 'Network, feature fetch and processing leave nothing for the model: cut them, or move work off the request path (pre-compute and cache).', target: '#how-to-choose' },
    'fetch-costs': { text: 'Feature fetching and serialization often cost more than inference.', target: '#common-mistakes' },
    'simple-fits': { text: 'Under 10 ms only the simple tier (<10ms) comes close: measure that the model fits.', target: '#simple-models' },
    'medium-fits': { text: 'Within 10-50ms a medium model can fit; a simple one fits with room to spare.', target: '#medium-models' },
    gap: {
      text: 'Over 50 and up to 100 ms the source document gives no tier: medium models take 10-50ms and complex ones >100ms, so a medium model fits with room and a complex one does not.',
      target: '#comparison',
    },
    'stage-or-compress': { text: 'To use a complex model anyway: stage it, pre-compute or cache its output, or compress it.', target: '#how-to-choose' },
    'complex-fits': { text: 'Over 100 ms the complex tier (>100ms) can fit: measure it on your own serving stack.', target: '#complex-models' },
    baseline: { text: 'Start with the simple baseline and climb a tier only for measured gains.', target: '#how-to-choose' },
    'orders-of-magnitude': { text: 'The tiers are per-prediction orders of magnitude, not guarantees; compare p99 under realistic load, not averages.', target: '#comparison' },
  },
  rules: [
    { text: "The model's budget is the end-to-end budget minus network, feature fetch, and pre/post-processing and business rules.", target: '#how-to-choose' },
    { text: 'Zero or less: no model fits; cut the other steps or move work off the request path.', target: '#how-to-choose' },
    { text: 'Under 10 ms: the simple tier (<10ms).', target: '#simple-models' },
    { text: 'From 10 to 50 ms: the medium tier (10-50ms).', target: '#medium-models' },
    { text: 'Over 50 and up to 100 ms: the source document gives no tier; a medium model fits, a complex one only staged, pre-computed or compressed.', target: '#comparison' },
    { text: 'Over 100 ms: the complex tier (>100ms).', target: '#complex-models' },
  ],
};

/** Milliseconds per field; `undefined` where the field is empty. */
export type BudgetValues = Partial<Record<BudgetField, number>>;

export type BudgetResult =
  | { status: 'incomplete' }
  | { status: 'invalid'; field: BudgetField }
  | { status: 'done'; remaining: number; decision: Decision };

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
 * The model's budget and the tier it allows. The end-to-end budget is required; an empty step counts as 0 ms.
 * Boundaries as the page writes them: <10 simple, 10-50 medium, >100 complex, and the gap between.
 */
export function latencyBudget(values: BudgetValues): BudgetResult {
  for (const field of ['budget', 'network', 'features', 'processing'] as const) {
    if (Number.isNaN(values[field])) return { status: 'invalid', field };
  }
  if (values.budget === undefined) return { status: 'incomplete' };
  const remaining = round(values.budget - (values.network ?? 0) - (values.features ?? 0) - (values.processing ?? 0));
  return { status: 'done', remaining, decision: tierFor(remaining) };
}

function tierFor(remaining: number): Decision {
  const measure = 'orders-of-magnitude';
  if (remaining <= 0) return { outcome: 'over', reasons: ['over-budget', 'fetch-costs'] };
  if (remaining < 10) return { outcome: 'simple', reasons: ['simple-fits', measure] };
  if (remaining <= 50) return { outcome: 'medium', reasons: ['medium-fits', 'baseline', measure] };
  if (remaining <= 100) return { outcome: 'gap', reasons: ['gap', 'stage-or-compress', measure] };
  return { outcome: 'complex', reasons: ['complex-fits', 'baseline', measure] };
}

/** Milliseconds as the page writes them: at most one decimal, no trailing ".0". */
export function formatMs(ms: number): string {
  return `${Math.round(ms * 10) / 10} ms`;
}
