import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build';
import { batchVsRealTime, decideBatchVsRealTime } from '@/lib/decisions/batch-vs-real-time';
import { centralizedVsFederated, decideCentralizedVsFederated } from '@/lib/decisions/centralized-vs-federated';
import { formatMs, latencyBudget, latencyBudgetWorksheet, partialFitText, parseMs, type BudgetValues } from '@/lib/decisions/latency-budget';
import { answersFromQuery, explain, isComplete, worksheetTargets, type Answers, type ChoiceWorksheet } from '@/lib/decisions/model';
import { WORKSHEETS } from '@/lib/decisions/worksheets';
import { ROOT } from '../helpers/built-site';
import { errorsOf, FIXTURES } from '../helpers/content-fixtures';

/** Every combination of answers a choice worksheet can get. */
function everyAnswer(worksheet: ChoiceWorksheet): Answers[] {
  return worksheet.questions.reduce<Answers[]>((all, q) => all.flatMap((a) => q.options.map((o) => ({ ...a, [q.id]: o.value }))), [{}]);
}

const tierOf = (values: BudgetValues) => {
  const result = latencyBudget(values);
  return result.status === 'done' ? { remaining: result.remaining, tier: result.decision.outcome, partly: result.partly?.tier } : result;
};

/** The page's bands as [lower, upper] bounds in ms: a tier fits entirely when its upper bound is within the budget. */
const BANDS = { simple: [0, 10], medium: [10, 50], complex: [100, Infinity] } as const;

describe('latency budget arithmetic', () => {
  it("gives the model what network, feature fetch and processing leave, and the highest source tier that fits in it entirely", () => {
    expect(tierOf({ budget: 100, network: 20, features: 15, processing: 5 })).toEqual({ remaining: 60, tier: 'medium', partly: undefined });
    expect(tierOf({ budget: 50, network: 10, features: 5, processing: 5 })).toEqual({ remaining: 30, tier: 'simple', partly: 'medium' });
    expect(tierOf({ budget: 20, network: 5, features: 5, processing: 2 })).toEqual({ remaining: 8, tier: 'none', partly: 'simple' });
    expect(tierOf({ budget: 50, network: 20, features: 30, processing: 5 })).toEqual({ remaining: -5, tier: 'over', partly: undefined });
    expect(tierOf({ budget: 200, network: 20, features: 30, processing: 10 })).toEqual({ remaining: 140, tier: 'medium', partly: 'complex' });
  });

  it('never recommends a tier whose range only contains the budget: 12 ms left is the simple tier, 101 ms is not the complex one', () => {
    expect(tierOf({ budget: 12 })).toEqual({ remaining: 12, tier: 'simple', partly: 'medium' });
    expect(tierOf({ budget: 101 })).toEqual({ remaining: 101, tier: 'medium', partly: 'complex' });
  });

  it('recommends a tier only when its upper bound is within the budget, and never one whose lower bound is over it', () => {
    for (let remaining = 0.5; remaining <= 300; remaining += 0.5) {
      const result = latencyBudget({ budget: remaining });
      if (result.status !== 'done') throw new Error('expected a result');
      const { outcome } = result.decision;
      if (outcome === 'simple' || outcome === 'medium') expect(BANDS[outcome][1], `${remaining} ms`).toBeLessThanOrEqual(remaining);
      else expect(outcome, `${remaining} ms`).toBe('none');
      if (result.partly) {
        const [lower, upper] = BANDS[result.partly.tier];
        expect(lower, `${remaining} ms`).toBeLessThan(remaining);
        expect(upper, `${remaining} ms`).toBeGreaterThan(remaining);
        expect(result.partly.upTo).toBe(remaining);
      }
    }
  });

  it('puts the boundaries where the page writes them: <10ms, 10-50ms, >100ms, and no tier of its own between 50 and 100', () => {
    const at = (remaining: number) => tierOf({ budget: remaining + 10, network: 10 });
    expect([9.9, 10, 10.1, 49.9, 50, 50.1, 100, 100.1].map(at).map((r) => ('tier' in r ? `${r.tier}/${r.partly ?? '-'}` : r.status))).toEqual([
      'none/simple',
      'simple/-',
      'simple/medium',
      'simple/medium',
      'medium/-',
      'medium/-',
      'medium/-',
      'medium/complex',
    ]);
  });

  it('says which tier fits in part and at what latency', () => {
    const result = latencyBudget({ budget: 200, network: 20, features: 30, processing: 10 });
    expect(result.status === 'done' && result.partly && partialFitText(result.partly)).toBe('Fits in part: a complex model (>100ms) fits only if its measured p99 is at most 140 ms.');
    const small = latencyBudget({ budget: 8 });
    expect(small.status === 'done' && small.partly && partialFitText(small.partly)).toBe('Fits in part: a simple model (<10ms) fits only if its measured p99 is at most 8 ms.');
  });

  it('treats zero left as no budget, and never lets floating point move a boundary', () => {
    expect(tierOf({ budget: 40, network: 20, features: 20 })).toMatchObject({ remaining: 0, tier: 'over' });
    expect(tierOf({ budget: 0 })).toMatchObject({ remaining: 0, tier: 'over' });
    // 10.3 − 0.1 − 0.2 is 10.000000000000002 in floating point: still exactly 10, where the simple tier fits and nothing fits in part.
    expect(tierOf({ budget: 10.3, network: 0.1, features: 0.2 })).toEqual({ remaining: 10, tier: 'simple', partly: undefined });
    expect(tierOf({ budget: 100, network: 99.9 })).toEqual({ remaining: 0.1, tier: 'none', partly: 'simple' });
  });

  it('needs the end-to-end budget, counts an empty step as 0 ms and rejects what is not 0 or more', () => {
    expect(latencyBudget({})).toEqual({ status: 'incomplete' });
    expect(latencyBudget({ network: 20 })).toEqual({ status: 'incomplete' });
    expect(tierOf({ budget: 30 })).toEqual({ remaining: 30, tier: 'simple', partly: 'medium' });
    expect(latencyBudget({ budget: 100, features: parseMs('-5') })).toEqual({ status: 'invalid', field: 'features' });
    expect(latencyBudget({ budget: parseMs('abc'), network: 5 })).toEqual({ status: 'invalid', field: 'budget' });
  });

  it('parses a field: empty is unset, a number of 0 or more is kept, anything else is invalid (never shown as NaN)', () => {
    expect([parseMs(''), parseMs('  '), parseMs(null), parseMs(undefined)]).toEqual([undefined, undefined, undefined, undefined]);
    expect([parseMs('0'), parseMs('12.5'), parseMs(' 7 ')]).toEqual([0, 12.5, 7]);
    for (const bad of ['-1', 'abc', '1e400', 'Infinity', '10ms']) expect(parseMs(bad), bad).toBeNaN();
    expect([formatMs(60), formatMs(12.345), formatMs(0.1 + 0.2)]).toEqual(['60 ms', '12.3 ms', '0.3 ms']);
  });

  it('explains every outcome with reasons that exist', () => {
    for (const remaining of [-5, 0, 8, 30, 60, 140]) {
      const result = latencyBudget({ budget: remaining + 10, network: 10 });
      if (result.status !== 'done') throw new Error('expected a result');
      const { outcome, reasons } = explain(latencyBudgetWorksheet, result.decision);
      expect(outcome.text.length).toBeGreaterThan(3);
      expect(reasons.length).toBeGreaterThan(0);
    }
    const gap = latencyBudget({ budget: 60 });
    expect(gap.status === 'done' && explain(latencyBudgetWorksheet, gap.decision).reasons.map((r) => r.text).join(' ')).toMatch(/source document gives no tier between 50 and 100 ms/);
  });
});

describe('batch vs real-time worksheet', () => {
  const decide = (signal: string, latency: string, volume: string, cost: string) => decideBatchVsRealTime({ signal, latency, volume, cost });

  it('chooses real-time when the prediction needs current context or the request itself', () => {
    expect(decide('current', 'day', 'on-demand', 'higher')).toEqual({ outcome: 'real-time', reasons: ['current-context'] });
    expect(decide('historical', 'request', 'on-demand', 'higher')).toEqual({ outcome: 'real-time', reasons: ['request-latency'] });
  });

  it("calls the source's hybrid (cache the common case, compute the rare one) by its name, and says a current-context prediction caches its inputs", () => {
    const hybrid = decide('current', 'request', 'bulk', 'predictable');
    expect(hybrid).toEqual({ outcome: 'hybrid', reasons: ['current-context', 'request-latency', 'split-common-case', 'precompute-inputs', 'real-time-cost'] });
    expect(explain(batchVsRealTime, hybrid).outcome).toEqual({ text: 'Hybrid: cache the common case, compute the rare one', target: '/patterns/model-serving-strategies/#hybrid-approach' });
    expect(decide('historical', 'request', 'bulk', 'higher')).toEqual({ outcome: 'hybrid', reasons: ['request-latency', 'split-common-case'] });
  });

  it('computes on demand when most pre-computed predictions would never be read', () => {
    expect(decide('historical', 'day', 'on-demand', 'predictable')).toEqual({ outcome: 'real-time', reasons: ['on-demand', 'cache-on-demand'] });
  });

  it('chooses nearline re-scoring (not called "hybrid") when minutes matter but not milliseconds', () => {
    expect(decide('historical', 'minutes', 'bulk', 'predictable').outcome).toBe('batch-nearline');
    const { outcome } = explain(batchVsRealTime, decide('historical', 'minutes', 'bulk', 'higher'));
    expect(outcome).toEqual({ text: 'Nearline re-scoring', target: '/patterns/three-layer-stack/#nearline-processing' });
  });

  it('chooses batch otherwise, and says a higher budget alone is no reason for real-time', () => {
    expect(decide('historical', 'day', 'bulk', 'predictable')).toEqual({ outcome: 'batch', reasons: ['history-day-old', 'bounded-set', 'missing-entities'] });
    expect(decide('historical', 'day', 'bulk', 'higher').reasons).toContain('cost-not-a-reason');
  });
});

describe('centralized vs federated worksheet', () => {
  const base = { models: 'many', rebuilt: 'no', independent: 'yes', operate: 'yes', standards: 'yes', regulated: 'no' };

  it('keeps few models at an early stage with a small central team, whatever the rest', () => {
    expect(decideCentralizedVsFederated({ ...base, models: 'few', rebuilt: 'yes', operate: 'no' })).toEqual({ outcome: 'centralized', reasons: ['few-models', 'platform-before-users'] });
    // The outcome and its reason agree: no "owns the ML platform" next to "do not build a central platform" yet.
    const { outcome, reasons } = explain(centralizedVsFederated, decideCentralizedVsFederated({ ...base, models: 'few' }));
    expect(outcome.text).toMatch(/small central ML team .*no platform yet/);
    expect(reasons.map((r) => r.text).join(' ')).toMatch(/Do not build a central platform/);
  });

  it('federates only when every condition of the page holds', () => {
    expect(decideCentralizedVsFederated(base)).toEqual({ outcome: 'federated', reasons: ['federation-fits'] });
    for (const [question, answer, reason] of [
      ['rebuilt', 'yes', 'rebuilt'],
      ['independent', 'no', 'shared-features'],
      ['operate', 'no', 'small-teams'],
      ['standards', 'no', 'no-standards'],
    ]) {
      const decision = decideCentralizedVsFederated({ ...base, [question]: answer });
      expect(decision.outcome, question).toBe('hybrid');
      expect(decision.reasons, question).toEqual(['many-models', reason, 'paved-road']);
    }
  });

  it('keeps central review and governance for regulated decisions, whatever the outcome', () => {
    for (const models of ['few', 'many']) {
      for (const standards of ['yes', 'no']) expect(decideCentralizedVsFederated({ ...base, models, standards, regulated: 'yes' }).reasons).toContain('governance');
    }
  });
});

describe('every worksheet', () => {
  it('gives a known outcome with at least one reason, each once, for every combination of answers', () => {
    for (const worksheet of Object.values(WORKSHEETS)) {
      if (worksheet.kind !== 'choice') continue;
      const combinations = everyAnswer(worksheet);
      expect(combinations.length).toBeGreaterThan(10);
      const outcomes = new Set<string>();
      for (const answers of combinations) {
        expect(isComplete(worksheet.questions, answers)).toBe(true);
        const decision = worksheet.decide(answers);
        const { reasons } = explain(worksheet, decision);
        expect(reasons.length).toBeGreaterThan(0);
        expect(new Set(decision.reasons).size).toBe(decision.reasons.length);
        outcomes.add(decision.outcome);
      }
      // Every outcome the worksheet names is reachable.
      expect([...outcomes].sort()).toEqual(Object.keys(worksheet.outcomes).sort());
    }
  });

  it('uses every reason it defines, so none is dead data', () => {
    for (const worksheet of [batchVsRealTime, centralizedVsFederated]) {
      const used = new Set(everyAnswer(worksheet).flatMap((a) => worksheet.decide(a).reasons));
      expect([...used].sort()).toEqual(Object.keys(worksheet.reasons).sort());
    }
  });

  it('answers from a URL query keep known questions and options only', () => {
    expect(answersFromQuery(batchVsRealTime.questions, '?signal=current&latency=yesterday&cost=higher&other=1')).toEqual({ signal: 'current', cost: 'higher' });
    expect(isComplete(batchVsRealTime.questions, { signal: 'current', cost: 'higher' })).toBe(false);
  });

  it('links every question, outcome, reason and rule to a section', () => {
    for (const worksheet of Object.values(WORKSHEETS)) {
      for (const { target, from } of worksheetTargets(worksheet)) expect(target, `${worksheet.id} ${from}`).toMatch(/^(#[a-z0-9-]+|\/[a-z0-9/-]+\/#[a-z0-9-]+)$/);
    }
  });
});

describe('worksheets in content', () => {
  it('places a worksheet and titles each of its links from the page headings', async () => {
    const { entries } = await buildContent(path.join(FIXTURES, 'worksheet-valid'), ROOT);
    const [placed] = entries[0].worksheets;
    expect(placed.id).toBe('latency-budget');
    expect(placed.linkTitles).toMatchObject({ '#simple-models': 'Simple', '#comparison': 'Comparison', '#how-to-choose': 'How to choose' });
  });

  it('rejects an unknown worksheet, other attributes, an inline placement and a missing id, each on its line', async () => {
    const errors = await errorsOf('worksheet-bad');
    const at = (line: number) => errors.find((e) => e.line === line)?.problem ?? '';
    expect(errors.every((e) => e.file === 'tests/fixtures/content/worksheet-bad/entry.mdx')).toBe(true);
    expect(at(11)).toMatch(/id="batch-or-not" is not a worksheet\. Worksheets: batch-vs-real-time, latency-budget, centralized-vs-federated/);
    expect(at(13)).toMatch(/takes only id="…"/);
    expect(at(15)).toMatch(/must stand on its own line/);
    expect(at(17)).toMatch(/needs id="…"/);
  });

  it('accepts a worksheet on a decision page only', async () => {
    const [error] = await errorsOf('worksheet-wrong-page');
    expect(error).toMatchObject({ file: 'tests/fixtures/content/worksheet-wrong-page/entry.mdx', line: 11 });
    expect(error.problem).toMatch(/can only be placed on a decision page \(content\/decisions\/<id>\.mdx\)/);
  });

  it('fails on a section the page lacks, naming the worksheet file and what to fix', async () => {
    const errors = await errorsOf('worksheet-missing-section');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === 'tests/fixtures/content/worksheet-missing-section/decisions/entry.mdx' && e.line === 13)).toBe(true);
    expect(errors.map((e) => e.problem)).toContainEqual(
      expect.stringMatching(/outcome "centralized" in lib\/decisions\/centralized-vs-federated\.ts links to section "centralized", which is not an h2\/h3 id on this page\. Headings: how-to-choose\. Add the heading here or change the section/),
    );
  });
});
