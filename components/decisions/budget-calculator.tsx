'use client';

import { useHydrated } from '@/components/shared/use-hydrated';
import { formatMs, latencyBudget, latencyBudgetWorksheet as worksheet, partialFitText, parseMs, type BudgetResult } from '@/lib/decisions/latency-budget';
import { BUDGET_FIELDS, explain } from '@/lib/decisions/model';
import { RecommendationView } from './recommendation-view';
import { clearUrlQuery, setUrlQuery, useUrlQuery } from '@/components/shared/use-url-query';

type Titles = Readonly<Record<string, string>>;

/**
 * The latency budget calculator: labelled number inputs in milliseconds, the model's share of the budget and
 * the tier it allows in a live region. The values are the URL's query, so a link shares the calculation.
 */
export function BudgetCalculator({ titles }: { titles: Titles }) {
  const hydrated = useHydrated();
  const params = new URLSearchParams(useUrlQuery());
  const raw = Object.fromEntries(BUDGET_FIELDS.map((field) => [field, params.get(field) ?? ''])) as Record<(typeof BUDGET_FIELDS)[number], string>;
  const values = Object.fromEntries(BUDGET_FIELDS.map((field) => [field, parseMs(raw[field])]));
  const result = latencyBudget(values);
  return (
    <form className="worksheet-form" aria-label="Latency budget calculator" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="worksheet-question">
        <legend className="worksheet-legend">Latency, in milliseconds: use p99 under realistic load, not averages (per-stage p99s add up to more than the end-to-end p99, which errs on the safe side)</legend>
        <div className="worksheet-fields">
          {worksheet.inputs.map((input) => (
            <div key={input.id}>
              <label htmlFor={`latency-${input.id}`} className="worksheet-field-label">
                {input.label} (ms)
              </label>
              <span className="worksheet-number">
                <input
                  id={`latency-${input.id}`}
                  type="number"
                  inputMode="decimal"
                  min="0"
                  step="any"
                  value={raw[input.id]}
                  onChange={(event) => setUrlQuery(input.id, event.target.value)}
                />
                <span aria-hidden="true">ms</span>
              </span>
            </div>
          ))}
        </div>
      </fieldset>
      <div role="status" aria-live="polite" aria-label="Worksheet result" className="worksheet-result" data-worksheet-result>
        {hydrated ? <BudgetResultView result={result} values={values} titles={titles} /> : <p>With JavaScript on, the model&apos;s budget is worked out here; without it, apply the rules below.</p>}
      </div>
      {hydrated && BUDGET_FIELDS.some((field) => raw[field]) && (
        <button type="button" className="worksheet-button no-print" onClick={() => clearUrlQuery(BUDGET_FIELDS)}>
          Clear
        </button>
      )}
    </form>
  );
}

function BudgetResultView({ result, values, titles }: { result: BudgetResult; values: Partial<Record<string, number>>; titles: Titles }) {
  if (result.status === 'incomplete') return <p>Enter the end-to-end latency budget to see the model&apos;s share of it.</p>;
  if (result.status === 'invalid') {
    const label = worksheet.inputs.find((i) => i.id === result.field)?.label ?? result.field;
    return <p>{label} must be a number of milliseconds, 0 or more.</p>;
  }
  const steps = (['network', 'features', 'processing'] as const).map((field) => values[field] ?? 0);
  const sum = `${formatMs(values.budget ?? 0)} − ${steps.map(formatMs).join(' − ')}`;
  const headline =
    result.remaining > 0 ? (
      <>
        Model budget: <strong>{formatMs(result.remaining)}</strong> ({sum})
      </>
    ) : result.remaining === 0 ? (
      <>Nothing is left for the model: network, feature fetch and processing take the whole {formatMs(values.budget ?? 0)}.</>
    ) : (
      <>
        Over budget by <strong>{formatMs(-result.remaining)}</strong>: network, feature fetch and processing take {formatMs(steps.reduce((a, b) => a + b, 0))} of{' '}
        {formatMs(values.budget ?? 0)}.
      </>
    );
  return (
    // "Source tier": the source document's bands, which a measured model may beat (see the orders-of-magnitude reason).
    <RecommendationView label="Source tier that fits" recommendation={explain(worksheet, result.decision)} titles={titles}>
      <p data-model-budget={result.remaining}>{headline}</p>
      {result.partly && <p data-partial-fit={result.partly.tier}>{partialFitText(result.partly)}</p>}
    </RecommendationView>
  );
}
