import type { Answers, ChoiceWorksheet, Decision } from './model';


/**
 * Batch vs Real-time (content/decisions/batch-vs-real-time.mdx): the four rows of the page's comparison table
 * (cost, latency, signal, volume) as questions, answered in the table's own words, decided by the page's
 * "How to choose" questions.
 */
export const batchVsRealTime: ChoiceWorksheet = {
  kind: 'choice',
  id: 'batch-vs-real-time',
  questions: [
    {
      id: 'signal',
      legend: 'Signal: what must the prediction use?',
      target: '#comparison',
      options: [
        { value: 'historical', label: 'Historical patterns: inputs known before the request that change slowly' },
        { value: 'current', label: 'Current context critical: information only available at request time (the current transaction, the session, the query)' },
      ],
    },
    {
      id: 'latency',
      // Two questions the source's one row holds: how fresh the answer must be, and whether a caller waits for it.
      legend: 'Latency: how old may a prediction be when it is used, and does a caller wait for it?',
      target: '#comparison',
      options: [
        { value: 'day', label: 'Higher latency acceptable: a day-old answer is fine' },
        { value: 'minutes', label: 'Minutes matter, but not milliseconds' },
        { value: 'request', label: 'Computed within the request: the answer must reflect the request itself while the caller waits (the comparison\'s <100ms latency requirement)' },
      ],
    },
    {
      id: 'volume',
      legend: 'Volume: which predictions are needed?',
      target: '#comparison',
      options: [
        { value: 'bulk', label: 'Millions of predictions: a known, bounded set of entities, and most predictions get read' },
        { value: 'on-demand', label: 'Thousands of predictions: only what is requested; most pre-computed predictions would never be read' },
      ],
    },
    {
      id: 'cost',
      legend: 'Cost: what can the team run?',
      target: '#comparison',
      options: [
        { value: 'predictable', label: 'Predictable cost: scheduled jobs, sized and budgeted in advance' },
        { value: 'higher', label: 'Higher infrastructure cost accepted: always-on serving provisioned for peak, plus an online feature store' },
      ],
    },
  ],
  outcomes: {
    batch: { text: 'Batch', target: '#batch' },
    'real-time': { text: 'Real-time', target: '#real-time' },
    // The source's hybrid ("Cache common + compute rare"), as on the page and under Model Serving Strategies.
    hybrid: { text: 'Hybrid: cache the common case, compute the rare one', target: '/patterns/model-serving-strategies/#hybrid-approach' },
    // Not the source's "hybrid": predictions recomputed on the nearline layer when an entity's stream features change.
    // A batch prediction never sees later features, so fresher features alone would not help. Id kept: shared URLs use it.
    'batch-nearline': { text: 'Nearline re-scoring', target: '/patterns/three-layer-stack/#nearline-processing' },
  },
  reasons: {
    'current-context': {
      text: 'The prediction depends on information only available at request time, so it needs real-time inference for at least that part.',
      target: '#how-to-choose',
    },
    'request-latency': { text: 'It must be computed within the request: the whole path has to fit the caller\'s latency budget (the comparison names <100ms).', target: '#real-time' },
    'on-demand': { text: 'Most pre-computed predictions would never be read: compute on demand instead.', target: '#how-to-choose' },
    'cache-on-demand': {
      text: 'A prediction computed on demand can be cached and reused for as long as it may be old: set the TTL to that age.',
      target: '/patterns/caching-strategies/#ttl-management',
    },
    'split-common-case': {
      text: 'Other answers favour batch (a bounded set, or a predictable cost): pre-compute and cache the common case, compute the rare one on request.',
      target: '/patterns/model-serving-strategies/#hybrid-approach',
    },
    'precompute-inputs': {
      text: 'A prediction that needs request-time context cannot itself be pre-computed: what is cached are the features and entity scores it combines with that context.',
      target: '/patterns/feature-store/#online-features',
    },
    'real-time-cost': { text: 'Real-time needs always-on serving provisioned for peak traffic plus an online feature store: budget for it.', target: '#comparison' },
    minutes: {
      text: 'Minutes matter but not milliseconds: recompute the prediction nearline when an entity\'s stream features change, or in frequent micro-batches; a batch prediction never sees later features.',
      target: '#how-to-choose',
    },
    'freshness-spectrum': {
      text: 'Freshness is a spectrum: where the change arrives through a few features, stream-updated features can deliver much of the freshness for less than per-request inference costs.',
      target: '#common-mistakes',
    },
    'history-day-old': { text: 'The model learns from historical patterns and a day-old answer is fine: batch is the default.', target: '#how-to-choose' },
    'bounded-set': { text: 'The set of entities is known and bounded, and most predictions are read.', target: '#how-to-choose' },
    'cost-not-a-reason': {
      text: 'Accepting a higher cost is no reason for real-time on its own: if inputs change daily, per-request inference buys nothing.',
      target: '#common-mistakes',
    },
    'missing-entities': { text: 'Plan a fallback for entities that appeared after the last run (a popularity list, a simple real-time model).', target: '#common-mistakes' },
  },
  rules: [
    { text: 'If the prediction needs current context, or must be computed within the request (<100ms), choose real-time, at least for that part.', target: '#how-to-choose' },
    { text: 'If it is real-time but the set is bounded or the cost must be predictable, choose the hybrid: pre-compute and cache the common case, compute the rare one on request.', target: '/patterns/model-serving-strategies/#hybrid-approach' },
    { text: 'Otherwise, if most pre-computed predictions would never be read, compute on demand (real-time) and cache the results.', target: '#how-to-choose' },
    { text: 'Otherwise, if minutes matter but not milliseconds, choose nearline re-scoring: predictions recomputed within minutes when an entity\'s stream features change, or in frequent micro-batches.', target: '/patterns/three-layer-stack/#nearline-processing' },
    { text: 'Otherwise, choose batch, with a fallback for entities missing from the last run; a higher budget alone is no reason for real-time.', target: '#common-mistakes' },
  ],
  decide: decideBatchVsRealTime,
};

/** The rules above, in their order. Called with every question answered. */
export function decideBatchVsRealTime(answers: Answers): Decision {
  const { signal, latency, volume, cost } = answers;
  if (signal === 'current' || latency === 'request') {
    const reasons = [];
    if (signal === 'current') reasons.push('current-context');
    if (latency === 'request') reasons.push('request-latency');
    const split = volume === 'bulk' || cost === 'predictable';
    if (split) reasons.push('split-common-case');
    if (split && signal === 'current') reasons.push('precompute-inputs');
    if (cost === 'predictable') reasons.push('real-time-cost');
    return { outcome: split ? 'hybrid' : 'real-time', reasons };
  }
  if (volume === 'on-demand') return { outcome: 'real-time', reasons: ['on-demand', 'cache-on-demand'] };
  if (latency === 'minutes') return { outcome: 'batch-nearline', reasons: ['minutes', 'freshness-spectrum', 'missing-entities'] };
  return { outcome: 'batch', reasons: ['history-day-old', 'bounded-set', ...(cost === 'higher' ? ['cost-not-a-reason'] : []), 'missing-entities'] };
}
