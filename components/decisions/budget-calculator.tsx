import { latencyBudgetWorksheet as worksheet } from '@/lib/decisions/latency-budget';
import { WorksheetResult } from './worksheet-result';

/**
 * The latency budget calculator as the server renders it: labelled number inputs in milliseconds and an empty result
 * region, which worksheet-live.ts fills with the model's share of the budget and the tier it allows.
 */
export function BudgetCalculator() {
  return (
    <form className="worksheet-form" aria-label="Latency budget calculator">
      <fieldset className="worksheet-question">
        <legend className="worksheet-legend">Latency, in milliseconds: use p99 under realistic load, not averages (per-stage p99s add up to more than the end-to-end p99, which errs on the safe side)</legend>
        <div className="worksheet-fields">
          {worksheet.inputs.map((input) => (
            <div key={input.id}>
              <label htmlFor={`latency-${input.id}`} className="worksheet-field-label">
                {input.label} (ms)
              </label>
              <span className="worksheet-number">
                <input id={`latency-${input.id}`} name={input.id} type="number" inputMode="decimal" min="0" step="any" />
                <span aria-hidden="true">ms</span>
              </span>
            </div>
          ))}
        </div>
      </fieldset>
      <WorksheetResult waiting="With JavaScript on, the model's budget is worked out here; without it, apply the rules below." clear="Clear" />
    </form>
  );
}
